import type { Page } from '@playwright/test';
import type { Db } from '../src/mocks/db';
import { expect, test } from './fixtures';
import { expectDisplaying, expectEdges, pagination, sortSelect } from './list-helpers';

const keywordLinks = (page: Page) => page.getByRole('list', { name: 'Keywords' }).getByRole('link');

/** Keywords as the registry orders them by use (ties alphabetical). */
const byUse = (db: Db) =>
  db.keywords
    .map((k) => ({
      keyword: k.keyword,
      count: db.crates.filter((c) => c.keywords.includes(k.keyword)).length,
    }))
    .sort((a, b) => b.count - a.count || a.keyword.localeCompare(b.keyword));

test.describe('keywords page', () => {
  test('lists the most used keywords first, with crate counts', async ({
    page,
    registry,
    audit,
  }) => {
    const expected = byUse(registry.db);
    await page.goto('/keywords');
    await expect(page).toHaveTitle('Keywords - crates.io: Rust Package Registry');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All Keywords');
    await expect(sortSelect(page)).toHaveValue('crates');
    await expectDisplaying(page, 1, 10, expected.length);
    await expect(keywordLinks(page)).toHaveText(expected.slice(0, 10).map((k) => k.keyword));
    const top = expected[0];
    if (!top) throw new Error('seed has keywords');
    const first = page.getByRole('list', { name: 'Keywords' }).getByRole('listitem').first();
    await expect(first).toContainText(`${top.count} crates`);
    await expect(first.getByRole('link')).toHaveAttribute('href', `/keywords/${top.keyword}`);
    await audit();
  });

  test('sorts alphabetically and pages through the URL; back/forward restore', async ({
    page,
    registry,
    audit,
  }) => {
    const total = registry.db.keywords.length;
    const alpha = registry.db.keywords.map((k) => k.keyword).sort((a, b) => a.localeCompare(b));
    await page.goto('/keywords');
    await expectEdges(page, false, true);
    await sortSelect(page).selectOption({ label: 'Alphabetical' });
    await expect(page).toHaveURL(/\/keywords\?sort=alpha$/);
    await expect(keywordLinks(page)).toHaveText(alpha.slice(0, 10));
    await pagination(page).getByRole('link', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(/\/keywords\?sort=alpha&page=2$/);
    await expectDisplaying(page, 11, 20, total);
    await expect(keywordLinks(page)).toHaveText(alpha.slice(10, 20));
    await expectEdges(page, true, true);
    await audit();

    await page.goBack();
    await expectDisplaying(page, 1, 10, total);
    await page.goBack();
    await expect(sortSelect(page)).toHaveValue('crates');
    await page.goForward();
    await expect(sortSelect(page)).toHaveValue('alpha');
    await expect(keywordLinks(page)).toHaveText(alpha.slice(0, 10));
  });

  test('the last page has next disabled', async ({ page, registry, audit }) => {
    const total = registry.db.keywords.length;
    const last = Math.ceil(total / 10);
    await page.goto(`/keywords?page=${last}`);
    await expectDisplaying(page, (last - 1) * 10 + 1, total, total);
    await expectEdges(page, true, false);
    await audit();
  });

  test('no keywords says so', async ({ page, registry, audit }) => {
    registry.db.keywords = [];
    await page.goto('/keywords');
    await expect(page.getByText('No keywords yet')).toBeVisible();
    await audit();
  });

  test('a failed load offers a retry that recovers', async ({ page, registry, audit }) => {
    registry.fault('list_keywords', { kind: 'status', status: 500 });
    await page.goto('/keywords');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Failed to load keywords');
    await audit();
    registry.clearFaults();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(keywordLinks(page)).toHaveCount(10);
  });
});
