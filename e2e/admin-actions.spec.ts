import { expect, test } from './fixtures';

test.describe('admin actions', () => {
  test('an admin enables admin actions and yanks a crate they do not own by keyboard', async ({
    page,
    login,
    registry,
    audit,
  }) => {
    await login('ferris-admin');
    // A crate with few versions: axe over a hundred version rows is slow on a busy machine.
    await page.goto('/crates/ferris-says/versions');
    const versions = page.getByRole('list', { name: 'Versions of ferris-says' });
    await expect(versions.getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('button', { name: /^Yank / })).toHaveCount(0);

    await page.getByText('ferris-admin', { exact: true }).click();
    const menu = page.getByRole('navigation', { name: 'Account' });
    await menu.getByRole('button', { name: 'Enable admin actions' }).click();
    // The clock is frozen at 12:00 UTC: six hours of admin actions.
    await expect(menu.getByText('Admin actions enabled until 18:00')).toBeVisible();
    await expect(menu.getByRole('button', { name: 'Disable admin actions' })).toBeVisible();
    await audit();

    const crate = registry.db.crateByName('ferris-says');
    const newest =
      [...registry.db.versionsOf(crate?.id ?? 0)]
        .filter((v) => !v.yanked)
        .sort((a, b) => b.id - a.id)[0]?.num ?? '';
    const yank = page.getByRole('button', { name: `Yank ${newest}` });
    await yank.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Yank ferris-says ${newest}?` });
    await expect(
      dialog.getByRole('heading', { name: `Yank ferris-says ${newest}?` }),
    ).toBeVisible();
    await dialog.getByLabel(/Reason/).focus();
    await page.keyboard.type('yanked by an admin');
    await dialog.getByRole('button', { name: 'Yank version' }).focus();
    await page.keyboard.press('Enter');
    const row = versions
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: newest, exact: true }) });
    await expect(row.getByText('Yanked: yanked by an admin')).toBeVisible();
    await expect(row.getByRole('button', { name: `Unyank ${newest}` })).toBeVisible();
    await audit();

    // Disabled again (the menu stayed open showing the expiry): the owner-only buttons go away.
    await menu.getByRole('button', { name: 'Disable admin actions' }).click();
    await expect(menu.getByRole('button', { name: 'Enable admin actions' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Unyank / })).toHaveCount(0);
  });

  test('a user who is not an admin never sees the menu item', async ({ page, login }) => {
    await login();
    await page.goto('/crates/serde/versions');
    await page.getByText('ferris-demo', { exact: true }).click();
    const menu = page.getByRole('navigation', { name: 'Account' });
    await expect(menu.getByRole('link', { name: 'Dashboard' })).toBeVisible();
    await expect(menu.getByRole('button', { name: /admin actions/ })).toHaveCount(0);
  });
});
