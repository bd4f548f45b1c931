import { expect, test } from './fixtures';
import {
  expectCrateNames,
  expectDisplaying,
  expectEdges,
  pagination,
  sortSelect,
} from './list-helpers';

test.describe('category page', () => {
  test('shows the category, its subcategories with counts, and its crates', async ({
    page,
    audit,
  }) => {
    const total = 20;
    await page.goto('/categories/development-tools');
    await expect(page).toHaveTitle(
      'Development tools - Categories - crates.io: Rust Package Registry',
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Development tools');
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link', { name: 'Categories' })).toHaveAttribute(
      'href',
      '/categories',
    );
    const subs = page.getByRole('list', { name: 'Subcategories' });
    const testing = subs.getByRole('listitem').filter({ hasText: 'Testing' });
    await expect(testing.getByRole('link', { name: 'Testing' })).toHaveAttribute(
      'href',
      '/categories/development-tools::testing',
    );
    await expect(testing).toContainText('4 crates');
    await expect(sortSelect(page)).toHaveValue('recent-downloads');
    await expectDisplaying(page, 1, 10, total);
    await expectCrateNames(page, [
      'proc-macro2',
      'syn',
      'quote',
      'cc',
      'log',
      'serde_derive',
      'tracing',
      'thiserror-impl',
      'pkg-config',
      'tempfile',
    ]);
    await audit();
  });

  test('a subcategory links back to its parent', async ({ page, audit }) => {
    await page.goto('/categories/development-tools');
    await page.getByRole('link', { name: 'Testing' }).click();
    await expect(page).toHaveURL(/\/categories\/development-tools::testing$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Testing');
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link', { name: 'Development tools' })).toHaveAttribute(
      'href',
      '/categories/development-tools',
    );
    await expect(crumbs.getByText('Testing')).toHaveAttribute('aria-current', 'page');
    await audit();
  });

  test('a category without crates says so', async ({ page, audit }) => {
    await page.goto('/categories/caching');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Caching');
    await expect(page.getByText('0 crates found')).toBeVisible();
    await audit();
  });

  test('paginates and sorts through the URL; back/forward restore', async ({ page, audit }) => {
    const total = 20;
    await page.goto('/categories/development-tools');
    await expectEdges(page, false, true);
    await pagination(page).getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/\/categories\/development-tools\?page=2$/);
    await expectDisplaying(page, 11, total, total);
    await expectEdges(page, true, false);

    await sortSelect(page).selectOption({ label: 'Newly Added' });
    await expect(page).toHaveURL(/\/categories\/development-tools\?sort=new$/);
    await expectCrateNames(page, [
      'ferris-scratch',
      'xss-playground',
      'nightly-build-tool',
      'thiserror-impl',
      'tracing-subscriber',
      'insta',
      'tracing',
      'tracing-core',
      'clap_derive',
      'proc-macro2',
    ]);
    await audit();

    await page.goBack();
    await expect(sortSelect(page)).toHaveValue('recent-downloads');
    await expectDisplaying(page, 11, total, total);
    await page.goForward();
    await expect(sortSelect(page)).toHaveValue('new');
    await expectDisplaying(page, 1, 10, total);
  });
});
