import { expect, test } from './fixtures';
import {
  crateNames,
  expectCrateNames,
  expectDisplaying,
  expectEdges,
  pagination,
  sortSelect,
} from './list-helpers';

test.describe('user page', () => {
  test("shows the user's avatar, name, GitHub link and crates, alphabetically", async ({
    page,
    audit,
  }) => {
    const owned = [
      'anyhow',
      'proc-macro2',
      'quote',
      'serde',
      'serde_derive',
      'serde_json',
      'syn',
      'thiserror',
      'thiserror-impl',
    ];
    await page.goto('/users/dtolnay');
    await expect(page).toHaveTitle('dtolnay - crates.io: Rust Package Registry');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('David Tolnay');
    const main = page.getByRole('main');
    await expect(main.getByText('dtolnay', { exact: true })).toBeVisible();
    await expect(main.locator('img').first()).toHaveAttribute('src', '/mock-avatars/dtolnay.svg');
    await expect(
      main.getByRole('link', { name: 'GitHub profile of David Tolnay' }),
    ).toHaveAttribute('href', 'https://github.com/dtolnay');
    await expect(sortSelect(page)).toHaveValue('alpha');
    await expectDisplaying(page, 1, owned.length, owned.length);
    await expectCrateNames(page, owned);
    await audit();
  });

  test('crates whose every version is yanked show on your own profile only', async ({
    page,
    login,
  }) => {
    await page.goto('/users/mallory-sec');
    await expect(page.getByRole('article').first()).toBeVisible();
    expect(await crateNames(page)).not.toContain('left-pad-rs');

    await login('mallory-sec');
    await page.goto('/users/mallory-sec');
    await expect(page.getByRole('article', { name: /^left-pad-rs/ })).toBeVisible();
  });

  test('a user without crates says so', async ({ page, registry, audit }) => {
    const user = registry.db.userByLogin('nightly-bot');
    if (!user) throw new Error('seed has nightly-bot');
    for (const crate of registry.db.cratesOwnedBy({ kind: 'user', id: user.id })) {
      registry.db.removeOwner(crate.id, { kind: 'user', id: user.id });
    }
    await page.goto('/users/nightly-bot');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('nightly-bot');
    await expect(page.getByText('0 crates found')).toBeVisible();
    await expect(page.getByText('nightly-bot does not own any crates yet.')).toBeVisible();
    await audit();
  });

  test('paginates and sorts through the URL; back/forward restore', async ({ page, audit }) => {
    const total = 11;
    await page.goto('/users/alexcrichton');
    await expectDisplaying(page, 1, 10, total);
    await expectEdges(page, false, true);
    await pagination(page).getByRole('link', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(/\/users\/alexcrichton\?page=2$/);
    await expectDisplaying(page, 11, total, total);
    await expectEdges(page, true, false);

    await sortSelect(page).selectOption({ label: 'Recent Downloads' });
    await expect(page).toHaveURL(/\/users\/alexcrichton\?sort=recent-downloads$/);
    await expectCrateNames(page, [
      'libc',
      'proc-macro2',
      'cfg-if',
      'cc',
      'base64',
      'toml',
      'pkg-config',
      'tempfile',
      'wasm-bindgen',
      'js-sys',
    ]);
    await audit();

    await page.goBack();
    await expect(sortSelect(page)).toHaveValue('alpha');
    await expectDisplaying(page, 11, total, total);
    await page.goForward();
    await expect(sortSelect(page)).toHaveValue('recent-downloads');
  });
});
