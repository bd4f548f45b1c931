import { crateCountIn } from '../src/mocks/serializers';
import { expect, test } from './fixtures';
import { expectDisplaying, expectEdges, pagination, sortSelect } from './list-helpers';

const categoryList = (page: import('@playwright/test').Page) =>
  page.getByRole('list', { name: 'Categories' });

test.describe('categories page', () => {
  test('lists the categories alphabetically with crate counts and descriptions', async ({
    page,
    registry,
    audit,
  }) => {
    const top = registry.db.categories.filter((c) => c.parent === null);
    await page.goto('/categories');
    await expect(page).toHaveTitle('Categories - crates.io: Rust Package Registry');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All Categories');
    await expect(sortSelect(page)).toHaveValue('alpha');
    await expectDisplaying(page, 1, top.length, top.length);
    const items = categoryList(page).getByRole('listitem');
    await expect(items).toHaveCount(top.length);
    const first = [...top].sort((a, b) => a.category.localeCompare(b.category))[0];
    if (!first) throw new Error('seed has categories');
    await expect(items.first().getByRole('link')).toHaveText(first.category);
    await expect(items.first().getByRole('link')).toHaveAttribute(
      'href',
      `/categories/${first.slug}`,
    );
    await expect(items.first()).toContainText(first.description);
    await expect(items.first()).toContainText(`${crateCountIn(registry.db, first.slug)} crate`);
    await expect(pagination(page)).toHaveCount(0);
    await audit();
  });

  test('sorts by number of crates, and back/forward restore the order', async ({
    page,
    registry,
    audit,
  }) => {
    const busiest = registry.db.categories
      .filter((c) => c.parent === null)
      .map((c) => ({ name: c.category, count: crateCountIn(registry.db, c.slug) }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))[0];
    await page.goto('/categories');
    await expect(categoryList(page).getByRole('listitem').first()).toBeVisible();
    const alphaFirst = await categoryList(page).getByRole('link').first().textContent();
    await sortSelect(page).selectOption({ label: '# Crates' });
    await expect(page).toHaveURL(/\/categories\?sort=crates$/);
    await expect(categoryList(page).getByRole('link').first()).toHaveText(busiest?.name ?? '');
    await audit();
    await page.goBack();
    await expect(sortSelect(page)).toHaveValue('alpha');
    await expect(categoryList(page).getByRole('link').first()).toHaveText(alphaFirst ?? '');
    await page.goForward();
    await expect(sortSelect(page)).toHaveValue('crates');
  });

  test('paginates by 100 when there are more', async ({ page, registry, audit }) => {
    for (let i = 0; i < 80; i++) {
      registry.db.categories.push({
        slug: `zz-extra-${i}`,
        category: `Zz extra ${String(i).padStart(2, '0')}`,
        description: 'A category added for the test.',
        created_at: '2026-01-01T00:00:00Z',
        parent: null,
      });
    }
    const total = registry.db.categories.filter((c) => c.parent === null).length;
    await page.goto('/categories');
    await expectDisplaying(page, 1, 100, total);
    await expectEdges(page, false, true);
    await pagination(page).getByRole('link', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(/\/categories\?page=2$/);
    await expectDisplaying(page, 101, total, total);
    await expectEdges(page, true, false);
    await audit();
  });

  test('an empty registry says so', async ({ page, registry, audit }) => {
    registry.db.categories = [];
    await page.goto('/categories');
    await expect(page.getByText('No categories yet')).toBeVisible();
    await audit();
  });

  test('a failed load offers a retry that recovers', async ({ page, registry, audit }) => {
    registry.fault('list_categories', { kind: 'status', status: 500 });
    await page.goto('/categories');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Failed to load categories');
    await audit();
    registry.clearFaults();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(categoryList(page).getByRole('listitem').first()).toBeVisible();
  });
});
