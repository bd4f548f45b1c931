import { expect, test } from './fixtures';
import {
  expectCrateNames,
  expectDisplaying,
  expectEdges,
  pagination,
  sortSelect,
} from './list-helpers';

test.describe('all crates page', () => {
  // 50 rows a page: rendering them and the axe audit take a while on a loaded machine.
  test.slow();

  test('lists 50 crates a page, most recently downloaded first, with their facts', async ({
    page,
    audit,
  }) => {
    const total = 89;
    await page.goto('/crates');
    await expect(page).toHaveTitle('Crates - crates.io: Rust Package Registry');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All Crates');
    await expect(sortSelect(page)).toHaveValue('recent-downloads');
    await expectDisplaying(page, 1, 50, total);
    await expectCrateNames(page, [
      'serde',
      'libc',
      'proc-macro2',
      'syn',
      'serde_json',
      'quote',
      'cfg-if',
      'tokio',
      'regex',
      'getrandom',
      'bitflags',
      'rand',
      'cc',
      'indexmap',
      'once_cell',
      'log',
      'serde_derive',
      'memchr',
      'bytes',
      'regex-syntax',
      'hashbrown',
      'thiserror',
      'clap',
      'base64',
      'futures-util',
      'anyhow',
      'smallvec',
      'url',
      'itertools',
      'http',
      'chrono',
      'rand_core',
      'windows-sys',
      'futures',
      'num-traits',
      'parking_lot',
      'hyper',
      'percent-encoding',
      'toml',
      'tracing',
      'pin-project-lite',
      'time',
      'lazy_static',
      'thiserror-impl',
      'pkg-config',
      'mio',
      'aho-corasick',
      'reqwest',
      'tempfile',
      'wasm-bindgen',
    ]);

    const serde = page.getByRole('article', { name: /^serde v/ });
    await expect(serde.getByRole('link', { name: 'serde', exact: true })).toHaveAttribute(
      'href',
      '/crates/serde',
    );
    await expect(serde).toContainText('A generic serialization/deserialization framework');
    await expect(serde.getByText('All-time downloads')).toBeVisible();
    await expect(serde.getByText('Recent downloads')).toBeVisible();
    await expect(serde.getByRole('link', { name: 'Repository' })).toBeVisible();
    await expect(serde.getByRole('link', { name: 'Documentation' })).toBeVisible();
    await audit();
  });

  test('the updated date shows its exact value on focus, and a crate link prefetches', async ({
    page,
  }) => {
    await page.goto('/crates');
    const row = page.getByRole('article').first();
    const name = (await row.getByRole('heading').getByRole('link').textContent()) ?? '';
    const time = row.locator('time');
    await time.focus();
    await expect(row.getByText(/^\w+ \d{1,2}, \d{4} at \d\d:\d\d$/)).toBeVisible();

    const prefetch = page.waitForRequest(
      (r) => new URL(r.url()).pathname === `/api/v1/crates/${name}`,
    );
    await row.getByRole('link', { name, exact: true }).hover();
    await prefetch;
  });

  test('filters by first letter, marking the current one', async ({ page, audit }) => {
    const sNames = [
      'serde',
      'syn',
      'serde_json',
      'serde_derive',
      'smallvec',
      'sha2',
      'socket2',
      'subtle',
      'same-file',
      'shell-quote-rs',
    ];
    await page.goto('/crates?page=2');
    const letters = page.getByRole('navigation', { name: 'Filter by first letter' });
    await expect(letters.getByRole('link', { name: 'All crates' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await letters.getByRole('link', { name: 'Crates starting with S' }).click();
    await expect(page).toHaveURL(/\/crates\?letter=S$/);
    await expect(letters.getByRole('link', { name: 'Crates starting with S' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All Crates starting with S');
    await expectDisplaying(page, 1, sNames.length, sNames.length);
    await expectCrateNames(page, sNames);
    await audit();
  });

  test('a letter without crates says so', async ({ page, registry, audit }) => {
    expect(registry.db.crates.some((c) => /^k/i.test(c.name))).toBe(false);
    await page.goto('/crates?letter=k');
    await expect(page.getByText('0 crates found')).toBeVisible();
    await expect(page.getByText('No crate name starts with K.')).toBeVisible();
    await audit();
  });

  test('a failed list offers a retry that recovers', async ({ page, registry, audit }) => {
    registry.fault('list_crates', { kind: 'status', status: 500 });
    await page.goto('/crates');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Failed to load crate list');
    await audit();
    registry.clearFaults();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('article')).toHaveCount(50);
  });

  test('paginates, with previous and next disabled at the ends', async ({ page, audit }) => {
    const total = 89;
    await page.goto('/crates');
    await expectEdges(page, false, true);
    await pagination(page).getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/\/crates\?page=2$/);
    await expectDisplaying(page, 51, total, total);
    await expectEdges(page, true, false);
    await audit();
  });

  test('sorting and paging live in the URL, so a reload restores them', async ({ page, audit }) => {
    await page.goto('/crates?page=2');
    await expect(page.getByRole('article').first()).toBeVisible();
    await sortSelect(page).selectOption({ label: 'Alphabetical' });
    await expect(page).toHaveURL(/\/crates\?sort=alpha$/);
    await expect(page.getByRole('article').first().getByRole('heading')).toContainText(
      'aho-corasick',
    );
    await pagination(page).getByRole('link', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(/\/crates\?sort=alpha&page=2$/);
    await expect(page.getByRole('article').first().getByRole('heading')).toContainText('rand_core');
    await page.reload();
    await expect(sortSelect(page)).toHaveValue('alpha');
    await expectDisplaying(page, 51, 89, 89);
    await expectCrateNames(page, [
      'rand_core',
      'rayon',
      'regex',
      'regex-syntax',
      'reqwest',
      'ring',
      'rustix',
      'rustls',
      'same-file',
      'serde',
      'serde_derive',
      'serde_json',
      'sha2',
      'shell-quote-rs',
      'smallvec',
      'socket2',
      'subtle',
      'syn',
      'tempfile',
      'thiserror',
      'thiserror-impl',
      'time',
      'tiny-http-probe',
      'tokio',
      'tokio-macros',
      'tokio-util',
      'toml',
      'tower',
      'tracing',
      'tracing-core',
      'tracing-subscriber',
      'unicode-width',
      'url',
      'uuid',
      'walkdir',
      'wasm-bindgen',
      'webpki-roots',
      'windows-sys',
      'xss-playground',
    ]);
    await audit();
  });

  test('back and forward walk through sorts and pages', async ({ page, audit }) => {
    const total = 89;
    await page.goto('/crates');
    await expect(page.getByRole('article').first()).toBeVisible();
    await sortSelect(page).selectOption({ label: 'Newly Added' });
    await expect(page).toHaveURL(/\/crates\?sort=new$/);
    await pagination(page).getByRole('link', { name: 'Page 2' }).click();
    await expectDisplaying(page, 51, total, total);

    await page.goBack();
    await expect(page).toHaveURL(/\/crates\?sort=new$/);
    await expectDisplaying(page, 1, 50, total);
    await expect(page.getByRole('article').first().getByRole('heading')).toContainText(
      'ferris-scratch',
    );
    await page.goBack();
    await expect(sortSelect(page)).toHaveValue('recent-downloads');
    await page.goForward();
    await expect(sortSelect(page)).toHaveValue('new');
    await audit();
  });

  test('long names and descriptions do not overflow a 360 px screen', async ({
    page,
    registry,
    audit,
  }) => {
    const crate = registry.db.crateByName('serde');
    if (!crate) throw new Error('seed has serde');
    crate.name = `serde_${'very_long_name_'.repeat(8)}end`;
    crate.description = `${'Unbreakable'.repeat(20)} description`;
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/crates');
    await expect(page.getByRole('article').first()).toContainText('very_long_name_');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await audit();
  });
});
