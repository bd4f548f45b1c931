import { expect, test } from './fixtures';

const SHOTS = process.env.SCREENSHOTS_DIR;

test.describe('security console', () => {
  test.beforeEach(async ({ login }) => {
    await login();
  });

  test('/settings/security shows every crate and token state, and each action works by keyboard', async ({
    page,
    registry,
    audit,
  }) => {
    await page.goto('/settings/security');
    await expect(page.getByRole('heading', { name: 'Security', level: 1 })).toBeVisible();
    const summary = page.getByRole('region', { name: 'Summary' });
    await expect(summary).toContainText(
      '1 of 5 crates publishes only through trusted publishing; 2 tokens never expire.',
    );
    const problems = summary.getByRole('link');
    await expect(problems).toHaveText([
      'crab-config has no trusted publisher',
      'ferris-says still accepts API tokens',
      'ferris-scratch has no trusted publisher',
      'shell-quote-rs has no trusted publisher',
      'Token “laptop (legacy, full access)”: never expires, no crate scope, and every endpoint scope',
      'Token “shell-quote release (old laptop)”: never expires and unused for 90 days',
      'Token “never used”: no crate scope',
      'Token “new crates only”: no crate scope',
      'Token “old release bot”: expired',
    ]);

    const probe = page.getByRole('article', { name: 'tiny-http-probe' });
    await expect(probe).toContainText('Publishes only through trusted publishing');
    await expect(probe).toContainText('GitHub: ferris-demo/tiny-http-probe, workflow publish.yml');
    await expect(probe).toContainText('via GitHub Actions from ferris-demo/tiny-http-probe');
    const says = page.getByRole('article', { name: 'ferris-says' });
    await expect(says).toContainText('Trusted publisher set up, API tokens still accepted');
    await expect(says).toContainText(
      'GitHub: ferris-demo/ferris-says, workflow release.yml, environment release',
    );
    await expect(says).toContainText('GitLab: ferris-demo/ferris-says, workflow .gitlab-ci.yml');
    await expect(says).toContainText('@Manishearth');
    const crab = page.getByRole('article', { name: 'crab-config' });
    await expect(crab).toContainText('Publishes with API tokens only');
    await expect(crab).toContainText('team github:rust-lang:libs');
    await expect(crab).toContainText('@epage, expires in 27 days');
    await expect(crab).toContainText('by @ferris-demo with an API token');
    await audit();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/security-1280-light.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await audit();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/security-1280-dark.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });

    // A summary link takes focus to the problem; from there, revoke by keyboard.
    await summary.getByRole('link', { name: /^Token “shell-quote release/ }).press('Enter');
    const stale = page.getByRole('article', { name: 'Token shell-quote release (old laptop)' });
    await expect(stale).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(stale.getByRole('link', { name: /^Regenerate/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(stale.getByRole('button', { name: /^Revoke/ })).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', {
      name: 'Revoke the token "shell-quote release (old laptop)"?',
    });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Revoke token' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(stale).toHaveCount(0);
    await expect(summary).toContainText('1 token never expires.');
    expect(registry.db.tokens.some((t) => t.name === 'shell-quote release (old laptop)')).toBe(
      false,
    );

    // Requiring trusted publishing by keyboard updates the card and the summary.
    const toggle = says.getByRole('checkbox', {
      name: 'Require trusted publishing for ferris-says',
    });
    await toggle.press('Space');
    await expect(toggle).toBeChecked();
    await expect(says).toContainText('Publishes only through trusted publishing');
    await expect(summary).toContainText('2 of 5 crates publish only through trusted publishing');
    await expect(
      summary.getByRole('link', { name: 'ferris-says still accepts API tokens' }),
    ).toHaveCount(0);
    expect(registry.db.crateByName('ferris-says')?.trustpub_only).toBe(true);

    // Regenerate opens the new-token form filled with the old token's settings.
    await page
      .getByRole('link', { name: 'Regenerate token laptop (legacy, full access)' })
      .press('Enter');
    await expect(page).toHaveURL(/\/settings\/tokens\/new\?from=\d+$/);
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(
      'laptop (legacy, full access)',
    );
  });

  test('at 360 px the console fits the screen', async ({ page, audit }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/settings/security');
    await expect(page.getByRole('article', { name: 'crab-config' })).toBeVisible();
    await expect(page.getByRole('article', { name: 'Token never used' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(360);
    await audit();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/security-360.png`, fullPage: true });
  });

  test('read-only mode disables every change and says why', async ({ page, registry }) => {
    registry.setReadOnly(true);
    await page.goto('/settings/security');
    await expect(page.getByRole('note')).toContainText('read-only mode');
    await expect(
      page.getByRole('checkbox', { name: 'Require trusted publishing for crab-config' }),
    ).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Revoke token never used' })).toBeDisabled();
  });

  test('a failed list shows the page error with a retry that works by keyboard', async ({
    page,
    registry,
  }) => {
    registry.fault('list_trustpub_github_configs', { kind: 'status', status: 500, times: 3 });
    await page.goto('/settings/security');
    await expect(
      page.getByRole('heading', { name: 'Failed to load your security overview' }),
    ).toBeVisible();
    registry.clearFaults();
    await page.getByRole('button', { name: 'Try again' }).press('Enter');
    await expect(page.getByRole('article', { name: 'ferris-says' })).toBeVisible();
  });

  test('a failed per-crate detail stays inside its card', async ({ page, registry }) => {
    registry.fault('list_owners', { kind: 'status', status: 500, detail: 'owners unavailable' });
    await page.goto('/settings/security');
    await expect(page.getByRole('article', { name: 'crab-config' })).toContainText(
      'Could not load owners: owners unavailable',
    );
    await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible();
  });

  test('logged out, the console asks to log in', async ({ page, registry }) => {
    registry.logout();
    await page.goto('/settings/security');
    await expect(page.getByRole('heading', { name: 'Log in to see this page' })).toBeVisible();
  });
});
