import { expect, test } from './fixtures';

test.describe('crate page fixes', () => {
  test('an unknown crate sub-path is a not-found page, a version still works', async ({
    page,
    audit,
  }) => {
    await page.goto('/crates/serde/featurez');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByText('vfeaturez')).toHaveCount(0);
    await audit();
    await page.goto('/crates/serde/1.0.0/nope/deeper');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.goto('/crates/tokio/1.44.1');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('v1.44.1');
  });

  test('a crate with one version says "1 version" since its release', async ({ page }) => {
    await page.goto('/crates/tiny-http-probe/versions');
    const tabs = page.getByRole('navigation', { name: 'tiny-http-probe crate subpages' });
    await expect(tabs.getByRole('link', { name: '1 Version', exact: true })).toBeVisible();
    await expect(page.getByText('1 version since Nov 3, 2026')).toBeVisible();
  });

  test('redirect-only routes log nothing', async ({ page, login }) => {
    const noise: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') noise.push(m.text());
    });
    await login();
    await page.goto('/me');
    await expect(page).toHaveURL('/settings/tokens');
    await page.goto('/crates/serde/dependencies');
    await expect(page).toHaveURL(/\/crates\/serde\/[\d.]+\/dependencies$/);
    await page.goto('/security');
    await expect(page).toHaveURL('/policies/security');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Security');
    expect(noise).toEqual([]);
  });

  test('at 360 px every crate tab is reachable and the row shows it scrolls', async ({
    page,
    registry,
    audit,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/crates/tokio');
    const tabs = page.getByRole('navigation', { name: 'tokio crate subpages' });
    const tokio = registry.db.crateByName('tokio');
    const count = registry.db.versionsOf(tokio?.id ?? -1).length;
    await expect(tabs.getByRole('link', { name: `${count} Versions` })).toBeVisible();
    // More tabs to the right: the row fades out there and can be scrolled.
    await expect(tabs).toHaveClass(/mask-r-from/);
    const dependents = tabs.getByRole('link', { name: 'Dependents' });
    await dependents.click();
    await expect(page).toHaveURL('/crates/tokio/reverse_dependencies');
    await expect(dependents).toBeInViewport({ ratio: 0.9 });
    await audit();
  });
});
