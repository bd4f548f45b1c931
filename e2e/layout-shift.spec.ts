// No layout shift while a page loads: every route, opened fresh at phone width
// with a slow registry (so loading states really paint), must keep its
// cumulative layout shift at or under 0.01 (the target; crates.io's
// own bar for "good" is 0.1).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const MAX_SHIFT = 0.01;

test.use({ viewport: { width: 360, height: 740 } });

test.beforeEach(async ({ page, registry }) => {
  // Every answer arrives late, as on a phone network: skeletons and the
  // pre-rendered shell are on screen long enough to be measured.
  registry.fault('*', { kind: 'slow', ms: 300 });
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node }[];
      }[]) {
        if (entry.hadRecentInput) continue;
        w.__shifts.push({
          value: entry.value,
          sources: entry.sources.map((s) => {
            const el = s.node instanceof Element ? s.node : s.node?.parentElement;
            if (!el) return '?';
            const text = (el.textContent ?? '').trim().slice(0, 40);
            return `<${el.tagName.toLowerCase()} class="${el.className}"> ${text}`;
          }),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
});

/** Opens `url`, waits until the page has settled, and expects no layout shift. */
async function expectNoShift(page: Page, url: string, ready: RegExp) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: ready })).toBeVisible();
  // Late parts (README, charts, lists prefetched by the loader) settle after the heading.
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  const shifts = await page.evaluate(
    () => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts,
  );
  const total = shifts.reduce((sum, s) => sum + s.value, 0);
  test
    .info()
    .annotations.push({ type: 'layout shift', description: `${url}: ${total.toFixed(4)}` });
  expect
    .soft(total, `layout shift on ${url}: ${JSON.stringify(shifts, null, 1)}`)
    .toBeLessThanOrEqual(MAX_SHIFT);
}

// Routes anyone can open, in groups of a few per test (the groups run in parallel).
const publicRoutes: [string, RegExp][][] = [
  [
    ['/', /The Rust community’s crate registry|crates\.io/i],
    ['/search?q=serde', /Search Results for/],
    ['/crates', /All Crates/i],
    ['/categories', /All Categories/i],
    ['/categories/development-tools', /Development tools/i],
  ],
  [
    ['/category_slugs', /Category slugs/i],
    ['/keywords', /All Keywords/i],
    ['/keywords/serde', /serde/i],
    ['/users/dtolnay', /David Tolnay/],
    ['/teams/github:serde-rs:publish', /publish/i],
  ],
  [
    ['/policies', /Usage Policy/],
    ['/support', /Contact us/],
    ['/no/such/page', /Page not found/],
    ['/crates/no-such-crate-here', /not found/i],
  ],
  [
    ['/crates/serde', /serde/],
    ['/crates/serde/1.0.100', /serde/],
    ['/crates/serde/versions', /serde/],
    ['/crates/xss-playground', /xss-playground/],
  ],
  [
    ['/crates/tokio/1.44.1/dependencies', /tokio/],
    ['/crates/tokio/features', /tokio/],
    ['/crates/serde/reverse_dependencies', /serde/],
  ],
  [
    ['/crates/left-pad-rs', /left-pad-rs/],
    ['/crates/tokio/security', /tokio/],
  ],
];

for (const routes of publicRoutes) {
  test(`no layout shift at 360 px: ${routes.map(([url]) => url).join(' ')}`, async ({ page }) => {
    for (const [url, ready] of routes) await expectNoShift(page, url, ready);
  });
}

test('no layout shift at 360 px: account pages', async ({ page, login }) => {
  await login();
  const routes: [string, RegExp][] = [
    ['/dashboard', /My Dashboard/],
    ['/me/following', /Followed Crates/],
    ['/me/pending-invites', /Pending Owner Invites/],
    ['/settings/profile', /Profile/],
    ['/settings/tokens', /API Tokens/],
    ['/settings/security', /Security/],
    ['/settings/tokens/new', /New API Token/],
  ];
  for (const [url, ready] of routes) await expectNoShift(page, url, ready);
});

test('no layout shift at 360 px: owner pages', async ({ page, login, registry }) => {
  await login();
  const crate = registry.db.crateByName('ferris-says');
  const num = registry.db.versionsOf(crate?.id ?? 0)[0]?.num ?? '';
  const routes: [string, RegExp][] = [
    ['/crates/ferris-says/settings', /ferris-says/],
    ['/crates/ferris-says/settings/new-trusted-publisher', /Add a new Trusted Publisher/],
    ['/crates/ferris-says/delete', /Delete the ferris-says crate/],
    [`/crates/ferris-says/${num}/rebuild-docs`, /Rebuild Documentation/],
  ];
  for (const [url, ready] of routes) await expectNoShift(page, url, ready);
});
