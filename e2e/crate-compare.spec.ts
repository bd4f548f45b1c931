import { expect, test } from './fixtures';

test.describe('version diff', () => {
  test('"Compare with previous" in the versions list shows what changes, and the pickers move the URL', async ({
    page,
    audit,
  }) => {
    await page.goto('/crates/reqwest/versions');
    await page.getByRole('link', { name: 'Compare with previous (0.12.0)' }).click();
    await expect(page).toHaveURL(/\/crates\/reqwest\/compare\/0\.11\.6\/0\.12\.0$/);
    await expect(page.getByRole('heading', { name: 'Compare versions of reqwest' })).toBeVisible();
    const metadata = page.getByRole('region', { name: 'Metadata of 0.11.6 and 0.12.0' });
    await expect(metadata.getByRole('row', { name: /^MSRV/ })).toHaveText('MSRV1.57.01.64changed');
    await expect(metadata.getByRole('row', { name: /^Edition/ })).toHaveText(
      'Edition20182021changed',
    );
    await expect(page.getByText('1 added, 1 removed, 6 changed, 14 unchanged')).toBeVisible();
    const deps = page.getByRole('region', { name: 'Dependency changes' });
    await expect(deps.getByRole('row', { name: /tower/ })).toContainText('added');
    await expect(deps.getByRole('row', { name: /pin-project-lite/ })).toContainText('removed');
    await expect(deps.getByRole('row', { name: /^changed\s*hyper/ })).toContainText('^0.14.28');
    const features = page.getByRole('region', { name: 'Feature changes' });
    await expect(features.getByRole('row', { name: /^added http2/ })).toContainText('added');
    await expect(features.getByRole('row', { name: /^removed deflate/ })).toContainText('removed');
    await audit();

    await page.getByLabel('From version').selectOption('0.12.12');
    await expect(page).toHaveURL(/\/compare\/0\.12\.12\/0\.12\.0$/);
    await page.getByLabel('To version').selectOption('0.12.13');
    await expect(page).toHaveURL(/\/compare\/0\.12\.12\/0\.12\.13$/);
    await expect(
      page
        .getByRole('region', { name: 'Metadata of 0.12.12 and 0.12.13' })
        .getByRole('row', { name: /^Published by/ }),
    ).toHaveText(
      'Published byseanmonstartrusted publishing (GitHub Actions, seanmonstar/reqwest)changed',
    );

    await page.setViewportSize({ width: 360, height: 780 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await expect(page.getByText(/^\d+ added, \d+ removed/)).toBeVisible();
    await audit();
  });

  test('the version page links to the previous version; unknown versions say so', async ({
    page,
    registry,
    audit,
  }) => {
    await page.goto('/crates/reqwest/0.12.13');
    await page.getByRole('link', { name: 'Compare with previous' }).click();
    await expect(page).toHaveURL(/\/crates\/reqwest\/compare\/0\.12\.12\/0\.12\.13$/);

    await page.goto('/crates/reqwest/compare/0.12.0/9.9.9');
    await expect(page.getByText('reqwest has no version 9.9.9')).toBeVisible();
    await expect(page.getByLabel('To version')).toHaveValue('9.9.9');
    await audit();

    await page.goto('/crates/reqwest/compare/previous/9.9.9');
    await expect(
      page.getByRole('heading', { name: 'reqwest: Version 9.9.9 not found' }),
    ).toBeVisible();

    registry.fault('get_version_dependencies', { kind: 'status', status: 500 });
    await page.goto('/crates/reqwest/compare/0.11.6/0.12.0');
    await expect(page.getByText('reqwest: Failed to load dependencies')).toBeVisible();
    registry.clearFaults();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByText('1 added, 1 removed, 6 changed, 14 unchanged')).toBeVisible();
  });
});
