import { expect, test } from './fixtures';
import {
  crateNames,
  expectCrateNames,
  expectDisplaying,
  expectEdges,
  pagination,
  sortSelect,
} from './list-helpers';

test.describe('search page', () => {
  test('shows the results with their count, the exact match first and marked', async ({
    page,
    audit,
  }) => {
    await page.goto('/search?q=serde');
    await expect(page).toHaveTitle("Search Results for 'serde' - crates.io");
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search Results for serde');
    await expect(sortSelect(page)).toHaveValue('relevance');
    const first = page.getByRole('article').first();
    await expect(first.getByRole('heading')).toContainText('serde');
    await expect(first).toContainText('Exact match');
    await expect(page.getByText('Exact match')).toHaveCount(1);
    const names = await crateNames(page);
    expect(names[0]).toBe('serde');
    await expectDisplaying(page, 1, names.length, names.length);
    await audit();
  });

  test('works without a query, listing every crate', async ({ page, audit }) => {
    await page.goto('/search');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All Crates');
    await expectDisplaying(page, 1, 10, 89);
    await expect(page.getByText('Exact match')).toHaveCount(0);
    await audit();
  });

  test('turns keyword: and category: tokens into API filters', async ({ page, audit }) => {
    const request = page.waitForRequest((r) => r.url().includes('/api/v1/crates?'));
    await page.goto('/search?q=keyword:serde%20category:encoding');
    const url = new URL((await request).url());
    expect(url.searchParams.get('keyword')).toBe('serde');
    expect(url.searchParams.get('category')).toBe('encoding');
    expect(url.searchParams.get('q')).toBeNull();
    await expect(page.getByRole('article').first()).toBeVisible();
    for (const name of await crateNames(page)) expect(name).toMatch(/^serde/);
    await audit();
  });

  test('an empty result says so and suggests what to try', async ({ page, audit }) => {
    await page.goto('/search?q=zzz-no-such-crate-anywhere');
    await expect(page.getByText('0 crates found')).toBeVisible();
    await expect(page.getByText(/Try fewer or different words/)).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'categories' })).toHaveAttribute(
      'href',
      '/categories',
    );
    await expect(pagination(page)).toHaveCount(0);
    await audit();
  });

  test('a failed search offers a retry that recovers', async ({ page, registry, audit }) => {
    registry.fault('list_crates', { kind: 'status', status: 500 });
    await page.goto('/search?q=serde');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Failed to load search results');
    await audit();
    registry.clearFaults();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('article').first()).toContainText('serde');
  });

  test('paginates through the URL, with the ends disabled', async ({ page, audit }) => {
    const total = 89;
    const last = 9;
    await page.goto('/search');
    await expectDisplaying(page, 1, 10, total);
    await expectEdges(page, false, true);
    await pagination(page).getByRole('link', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(/\/search\?page=2$/);
    await expectDisplaying(page, 11, 20, total);
    await expect(pagination(page).getByRole('link', { name: 'Page 2' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expectEdges(page, true, true);
    await pagination(page)
      .getByRole('link', { name: `Page ${last}` })
      .click();
    await expectDisplaying(page, (last - 1) * 10 + 1, total, total);
    await expectEdges(page, true, false);
    await audit();
  });

  test('changing the sort reorders, starts at page 1, and back/forward restore', async ({
    page,
    audit,
  }) => {
    await page.goto('/search?page=2');
    await expectDisplaying(page, 11, 20, 89);
    const relevancePage2 = await crateNames(page);

    await sortSelect(page).selectOption({ label: 'Recent Updates' });
    await expect(page).toHaveURL(/\/search\?sort=recent-updates$/);
    await expect(page.getByRole('article').first().getByRole('heading')).toContainText(
      'ferris-scratch',
    );
    await expectCrateNames(page, [
      'ferris-scratch',
      'shell-quote-rs',
      'futures',
      'percent-encoding',
      'bytes',
      'regex',
      'sha2',
      'tracing-subscriber',
      'chrono',
      'mio',
    ]);
    await audit();

    await page.goBack();
    await expect(page).toHaveURL(/\/search\?page=2$/);
    await expect(sortSelect(page)).toHaveValue('relevance');
    await expectDisplaying(page, 11, 20, 89);
    await expectCrateNames(page, relevancePage2);

    await page.goForward();
    await expect(sortSelect(page)).toHaveValue('recent-updates');
    await expectDisplaying(page, 1, 10, 89);
  });

  test('keeps the previous results, dimmed, while the next load, and cancels stale requests', async ({
    page,
    registry,
  }) => {
    await page.goto('/search');
    await expectDisplaying(page, 1, 10, 89);
    const page1 = await crateNames(page);
    const aborted: string[] = [];
    page.on('requestfailed', (request) => {
      if (request.url().includes('/api/v1/crates?')) aborted.push(request.url());
    });

    registry.fault('list_crates', { kind: 'hang' });
    await pagination(page).getByRole('link', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(/page=2$/);
    // Page 1's rows stay, marked busy and dimmed, until page 2 arrives.
    const busy = page.locator('[aria-busy="true"]');
    await expect(busy.getByRole('article')).toHaveCount(10);
    await expectCrateNames(page, page1);
    await expect(busy.getByRole('list').first()).toHaveClass(/opacity-60/);

    // Asking for page 3 before page 2 answers cancels the request for page 2.
    await pagination(page).getByRole('link', { name: 'Page 3' }).click();
    await expect(page).toHaveURL(/page=3$/);
    await expect.poll(() => aborted.some((url) => url.includes('page=2'))).toBe(true);

    registry.clearFaults();
    await expectDisplaying(page, 21, 30, 89);
    await expect(busy).toHaveCount(0);
  });
});
