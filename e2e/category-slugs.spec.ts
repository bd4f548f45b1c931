import { expect, test } from './fixtures';

test.describe('category slugs page', () => {
  test('lists every slug with its description', async ({ page, registry, audit }) => {
    await page.goto('/category_slugs');
    await expect(page).toHaveTitle('Category Slugs - crates.io: Rust Package Registry');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All Valid Category Slugs');
    const terms = page.getByRole('term');
    await expect(terms).toHaveCount(registry.db.categories.length);
    await expect(page.getByRole('link', { name: 'development-tools::testing' })).toHaveAttribute(
      'href',
      '/categories/development-tools::testing',
    );
    const testing = registry.db.categories.find((c) => c.slug === 'development-tools::testing');
    await expect(
      page.getByRole('definition').filter({ hasText: testing?.description }),
    ).toHaveCount(1);
    await audit();
  });

  test('an empty registry says so', async ({ page, registry, audit }) => {
    registry.db.categories = [];
    await page.goto('/category_slugs');
    await expect(page.getByText('No categories yet')).toBeVisible();
    await audit();
  });

  test('a failed load offers a retry that recovers', async ({ page, registry, audit }) => {
    registry.fault('list_category_slugs', { kind: 'status', status: 500 });
    await page.goto('/category_slugs');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Failed to load category slugs');
    await audit();
    registry.clearFaults();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('term').first()).toBeVisible();
  });
});
