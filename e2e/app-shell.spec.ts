import { expect, test } from './fixtures';

test.describe('app shell', () => {
  test('the front page shows the registry summary', async ({ page, audit }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('crates.io: Rust Package Registry');
    await expect(page.getByRole('heading', { name: 'Most Downloaded' })).toBeVisible();
    const mostDownloaded = page.getByRole('region', { name: 'Most Downloaded' });
    await expect(mostDownloaded.getByRole('link').first()).toHaveText(/serde/);
    await expect(page.getByText('Crates in stock')).toBeVisible();
    await audit();
  });

  test('the header search reaches a search URL, and S focuses it', async ({ page, audit }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'New Crates' })).toBeVisible();
    await page.keyboard.press('s');
    const search = page.getByRole('searchbox', { name: 'Search crates' });
    await expect(search).toBeFocused();
    await search.fill('serde');
    await search.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=serde$/);
    await expect(page.getByRole('heading', { name: /Search Results for/ })).toBeVisible();
    await expect(page.getByText(/Displaying 1–\d+ of \d+ total results/)).toBeVisible();
    await audit();
  });

  test('a crate URL resolves to the crate', async ({ page, audit }) => {
    await page.goto('/crates/serde');
    await expect(page.getByRole('heading', { level: 1, name: /serde/ })).toBeVisible();
    await expect(page).toHaveTitle(/^serde - crates\.io/);
    await audit();
  });

  test('an unknown URL shows the 404 page, with a real 404 status', async ({ page, audit }) => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Go back' })).toBeVisible();
    await audit();
  });

  test('an unknown crate says so', async ({ page }) => {
    await page.goto('/crates/no-such-crate-here');
    await expect(
      page.getByRole('heading', { name: 'Crate "no-such-crate-here" not found' }),
    ).toBeVisible();
  });

  test('a server error shows a retryable error that recovers', async ({
    page,
    registry,
    audit,
  }) => {
    registry.fault('find_crate', { kind: 'status', status: 500 });
    await page.goto('/crates/serde');
    await expect(
      page.getByRole('heading', { name: 'serde: Failed to load crate data' }),
    ).toBeVisible();
    await audit();
    registry.clearFaults();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /serde/ })).toBeVisible();
  });

  test('a network failure on the front page offers a retry', async ({ page, registry }) => {
    registry.fault('get_summary', { kind: 'network' });
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Failed to load');
    registry.clearFaults();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(
      page.getByRole('region', { name: 'Most Downloaded' }).getByRole('link').first(),
    ).toBeVisible();
  });

  test('the read-only notice and the banner message show on every page', async ({
    page,
    registry,
    audit,
  }) => {
    registry.setReadOnly(true);
    registry.setBanner('Scheduled maintenance on Saturday.');
    await page.goto('/crates/serde');
    const notices = page.getByRole('region', { name: 'Site notices' });
    await expect(notices).toContainText('read-only mode');
    await expect(notices).toContainText('Scheduled maintenance on Saturday.');
    await audit();
    await page.goto('/');
    await expect(notices).toContainText('read-only mode');
  });
});
