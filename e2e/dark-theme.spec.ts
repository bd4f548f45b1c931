import { expect, test } from './fixtures';

// axe checks contrast in the theme the page is shown in: the dark theme gets its own pass.
test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });

  for (const [url, ready] of [
    ['/', 'Most Downloaded'],
    ['/search?q=serde', 'Search Results for'],
    ['/crates/serde', 'serde'],
    ['/crates/serde/versions', 'Versions'],
    ['/crates/tokio/1.44.1/dependencies', 'Dependencies'],
    ['/categories', 'Categories'],
  ] as const) {
    test(`${url} meets contrast in the dark theme`, async ({ page, audit }) => {
      await page.goto(url);
      await expect(page.locator('html')).toHaveClass(/dark/);
      await expect(page.getByRole('heading', { name: new RegExp(ready) }).first()).toBeVisible();
      await audit();
    });
  }

  test('logged-in pages meet contrast in the dark theme', async ({ page, login, audit }) => {
    await login();
    for (const [url, heading] of [
      ['/dashboard', 'My Dashboard'],
      ['/settings/tokens', 'API Tokens'],
      ['/settings/tokens/new', 'New API Token'],
      ['/crates/ferris-says/settings', 'Owners'],
    ] as const) {
      await page.goto(url);
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
      await audit();
    }
  });
});
