import { expect, test } from './fixtures';
import {
  expectCrateNames,
  expectDisplaying,
  expectEdges,
  pagination,
  sortSelect,
} from './list-helpers';

test.describe('team page', () => {
  test("shows the team's avatar, name, GitHub link and crates, alphabetically", async ({
    page,
    audit,
  }) => {
    const owned = ['serde', 'serde_derive', 'serde_json'];
    await page.goto('/teams/github:serde-rs:publish');
    await expect(page).toHaveTitle('github:serde-rs:publish - crates.io: Rust Package Registry');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('serde-rs / publish');
    const main = page.getByRole('main');
    await expect(main.getByText('github:serde-rs:publish', { exact: true })).toBeVisible();
    await expect(main.locator('img').first()).toHaveAttribute(
      'src',
      '/mock-avatars/github%3Aserde-rs%3Apublish.svg',
    );
    await expect(main.getByRole('link', { name: /^GitHub organization/ })).toHaveAttribute(
      'href',
      'https://github.com/serde-rs',
    );
    await expect(sortSelect(page)).toHaveValue('alpha');
    await expectDisplaying(page, 1, owned.length, owned.length);
    await expectCrateNames(page, owned);
    await audit();
  });

  test('a team without crates says so', async ({ page, registry, audit }) => {
    const team = registry.db.teamByLogin('github:rustls:maintainers');
    if (!team) throw new Error('seed has the rustls team');
    for (const crate of registry.db.cratesOwnedBy({ kind: 'team', id: team.id })) {
      registry.db.removeOwner(crate.id, { kind: 'team', id: team.id });
    }
    await page.goto('/teams/github:rustls:maintainers');
    await expect(page.getByText('0 crates found')).toBeVisible();
    await expect(page.getByText('This team does not own any crates yet.')).toBeVisible();
    await audit();
  });

  test('paginates and sorts through the URL; back/forward restore', async ({ page, audit }) => {
    const total = 15;
    await page.goto('/teams/github:rust-lang:libs');
    await expectDisplaying(page, 1, 10, total);
    await expectEdges(page, false, true);
    await pagination(page).getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/\/teams\/github:rust-lang:libs\?page=2$/);
    await expectDisplaying(page, 11, total, total);
    await expectEdges(page, true, false);

    await sortSelect(page).selectOption({ label: 'Recent Updates' });
    await expect(page).toHaveURL(/\/teams\/github:rust-lang:libs\?sort=recent-updates$/);
    await expectCrateNames(page, [
      'futures',
      'regex',
      'glob',
      'libc',
      'hashbrown',
      'bitflags',
      'futures-util',
      'socket2',
      'cc',
      'rand_core',
    ]);
    await audit();

    await page.goBack();
    await expect(sortSelect(page)).toHaveValue('alpha');
    await page.goForward();
    await expect(sortSelect(page)).toHaveValue('recent-updates');
  });
});
