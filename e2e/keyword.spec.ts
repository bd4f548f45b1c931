import { expect, test } from './fixtures';
import {
  expectCrateNames,
  expectDisplaying,
  expectEdges,
  pagination,
  sortSelect,
} from './list-helpers';

test.describe('keyword page', () => {
  test('lists the crates with the keyword, most recently downloaded first', async ({
    page,
    audit,
  }) => {
    const expected = ['serde', 'serde_json', 'serde_derive'];
    await page.goto('/keywords/serde');
    await expect(page).toHaveTitle("Crates for keyword 'serde' - crates.io: Rust Package Registry");
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'All Crates for keyword serde',
    );
    await expect(sortSelect(page)).toHaveValue('recent-downloads');
    await expectDisplaying(page, 1, expected.length, expected.length);
    await expectCrateNames(page, expected);
    await audit();
  });

  test('an unknown keyword is an empty list, not a 404', async ({ page, audit }) => {
    await page.goto('/keywords/no-such-keyword');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'All Crates for keyword no-such-keyword',
    );
    await expect(page.getByText('0 crates found')).toBeVisible();
    await expect(page.getByRole('link', { name: 'all keywords' })).toHaveAttribute(
      'href',
      '/keywords',
    );
    await audit();
  });

  test('paginates and sorts through the URL; back/forward restore', async ({
    page,
    registry,
    audit,
  }) => {
    // Enough crates for two pages.
    for (const crate of registry.db.crates.slice(0, 14)) {
      if (!crate.keywords.includes('paging')) crate.keywords.push('paging');
    }
    registry.db.keywords.push({ keyword: 'paging', created_at: '2026-01-01T00:00:00Z' });
    const total = 14;
    await page.goto('/keywords/paging');
    await expectDisplaying(page, 1, 10, total);
    await expectEdges(page, false, true);
    await pagination(page).getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/\/keywords\/paging\?page=2$/);
    await expectDisplaying(page, 11, total, total);
    await expectEdges(page, true, false);

    await sortSelect(page).selectOption({ label: 'All-Time Downloads' });
    await expect(page).toHaveURL(/\/keywords\/paging\?sort=downloads$/);
    await expectCrateNames(page, [
      'serde',
      'serde_derive',
      'serde_json',
      'tokio',
      'bytes',
      'futures',
      'mio',
      'futures-util',
      'rand',
      'rand_core',
    ]);
    await audit();

    await page.goBack();
    await expect(sortSelect(page)).toHaveValue('recent-downloads');
    await expectDisplaying(page, 11, total, total);
    await page.goForward();
    await expect(sortSelect(page)).toHaveValue('downloads');
  });
});
