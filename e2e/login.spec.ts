import { expect, test } from './fixtures';

test.describe('login', () => {
  test('logging in with GitHub returns to the page, and logging out ends the session', async ({
    page,
    registry,
    audit,
  }) => {
    await page.goto('/crates/serde');
    await page.getByRole('button', { name: /Log in/ }).click();

    // The mock registry plays GitHub.
    await expect(page).toHaveURL(/mock-github-authorize\.html/);
    await expect(page.getByRole('heading', { name: 'Authorize crates.io' })).toBeVisible();
    await page.getByRole('button', { name: 'Authorize' }).click();

    await expect(page).toHaveURL(/\/crates\/serde$/);
    const menu = page.locator('summary', { hasText: 'ferris-demo' });
    await expect(menu).toBeVisible();
    expect(registry.db.sessionUser()?.login).toBe('ferris-demo');
    await audit();

    await menu.click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('button', { name: /Log in/ })).toBeVisible();
    expect(registry.db.sessionUserId).toBeNull();
  });

  test('a cancelled login says so', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /Log in/ }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('heading', { name: 'Login failed' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText('Login was cancelled on GitHub.');
  });

  test('a refused login shows the API message', async ({ page, registry }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /Log in/ }).click();
    registry.fault('authorize_session', { kind: 'status', status: 403, detail: 'Forbidden' });
    await page.getByRole('button', { name: 'Authorize' }).click();
    await expect(page.getByRole('alert')).toHaveText('Failed to log in: Forbidden');
  });
});
