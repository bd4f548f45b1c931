import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** When each registry request of the page started and was answered (ms since the first). */
function recordRequests(page: Page) {
  const t0 = Date.now();
  const started = new Map<string, number>();
  const answered = new Map<string, number>();
  const label = (url: string) => new URL(url).pathname;
  page.on('request', (r) => {
    if (r.url().includes('/api/')) started.set(label(r.url()), Date.now() - t0);
  });
  page.on('requestfinished', (r) => {
    if (r.url().includes('/api/')) answered.set(label(r.url()), Date.now() - t0);
  });
  return { started, answered };
}

// Loaders start every request that needs only the URL before waiting for anything:
// a slow answer holds up only what truly depends on it.
test.describe('route loaders start independent requests at once', () => {
  test('a version page asks for owners before its slow version answers (its downloads after the page has painted); a range asks for versions before its slow crate answers', async ({
    page,
    registry,
    audit,
  }) => {
    registry.fault('find_version', { kind: 'slow', ms: 1500 });
    const version = recordRequests(page);
    await page.goto('/crates/serde/1.0.100');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/serde\s*v1\.0\.100/);
    const versionAnswered = version.answered.get('/api/v1/crates/serde/1.0.100') ?? 0;
    expect(versionAnswered).toBeGreaterThan(0);
    expect(version.started.get('/api/v1/crates/serde/owners')).toBeLessThan(versionAnswered);
    // The downloads, below the first screen, wait for the visit's first page to paint.
    await expect
      .poll(() => version.started.get('/api/v1/crates/serde/1.0.100/downloads'))
      .toBeGreaterThan(versionAnswered);
    await audit();

    registry.clearFaults();
    registry.fault('find_crate', { kind: 'slow', ms: 1500 });
    const range = recordRequests(page);
    await page.goto('/crates/tokio/range/%5E1.0');
    await expect(page).toHaveURL(/\/crates\/tokio\/1\.\d+\.\d+$/);
    const crateAnswered = range.answered.get('/api/v1/crates/tokio') ?? 0;
    expect(crateAnswered).toBeGreaterThan(0);
    expect(range.started.get('/api/v1/crates/tokio/versions')).toBeLessThan(crateAnswered);
  });
});

// index.html starts a first page's code and API requests before the app's script has
// arrived (src/routes/early-requests.ts); the app takes each answer instead of asking again.
test('a first visit starts its requests before the app script arrives, and the app uses each one', async ({
  page,
}) => {
  const visits: [string, RegExp, string[]][] = [
    ['/', /crate registry/, ['/api/v1/site_metadata', '/api/v1/summary']],
    [
      '/search?q=serde',
      /Search Results for serde/,
      ['/api/v1/site_metadata', '/api/v1/crates?q=serde&per_page=10&sort=relevance'],
    ],
    [
      '/crates/serde/1.0.100',
      /serde\s*v1\.0\.100/,
      [
        '/api/v1/site_metadata',
        '/api/v1/crates/serde?include=keywords%2Ccategories%2Cdownloads%2Cdefault_version',
        '/api/v1/crates/serde/owners',
        '/api/v1/crates/serde/1.0.100/readme',
        '/mock-cdn/readmes/serde/serde-1.0.100.html',
      ],
    ],
    [
      // The README's version comes from the crate's answer: still before the entry.
      '/crates/serde',
      /serde\s*v1\.0\.219/,
      [
        '/api/v1/site_metadata',
        '/api/v1/crates/serde?include=keywords%2Ccategories%2Cdownloads%2Cdefault_version',
        '/api/v1/crates/serde/owners',
        '/api/v1/crates/serde/1.0.219/readme',
        '/mock-cdn/readmes/serde/serde-1.0.219.html',
      ],
    ],
    [
      '/keywords',
      /All Keywords/,
      ['/api/v1/site_metadata', '/api/v1/keywords?sort=crates&per_page=10'],
    ],
    [
      '/categories',
      /All Categories/,
      ['/api/v1/site_metadata', '/api/v1/categories?sort=alpha&per_page=100'],
    ],
    [
      '/crates/serde/versions',
      /serde/,
      [
        '/api/v1/site_metadata',
        '/api/v1/crates/serde?include=keywords%2Ccategories%2Cdownloads%2Cdefault_version',
      ],
    ],
  ];
  // The app's script is held back until the test lets it go (at most 10 s): what starts
  // before it did not come from the app.
  let entryArrived = false;
  let letEntryGo = () => {};
  let entryGate = Promise.resolve();
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await Promise.race([entryGate, new Promise((done) => setTimeout(done, 10_000))]);
    entryArrived = true;
    await route.continue();
  });
  for (const [url, heading, early] of visits) {
    entryArrived = false;
    entryGate = new Promise<void>((resolve) => {
      letEntryGo = resolve;
    });
    const beforeEntry: string[] = [];
    const requested: string[] = [];
    const listen = (request: { url: () => string }) => {
      const { pathname, search } = new URL(request.url());
      if (/^\/(api|mock-cdn)\//.test(pathname)) requested.push(pathname + search);
      if (!entryArrived) beforeEntry.push(pathname + search);
    };
    page.on('request', listen);
    await page.goto(url, { waitUntil: 'commit' });
    // Every early request is made while the entry is held (on a loaded machine the README's
    // second hop can take a while: waited for, not timed).
    await expect
      .poll(() => early.filter((u) => !beforeEntry.includes(u)), { timeout: 8000 })
      .toEqual([]);
    if (url === '/') {
      // The front page's hero is in index.html: on screen before the app's script arrives.
      await expect(
        page.getByRole('heading', { level: 1, name: 'The Rust community’s crate registry' }),
      ).toBeVisible();
    }
    expect(entryArrived).toBe(false);
    letEntryGo();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await page.waitForLoadState('networkidle');
    page.off('request', listen);
    expect(beforeEntry.filter((u) => /^\/(api|mock-cdn)\//.test(u)).sort()).toEqual(early.sort());
    // The route's own code was requested with the entry, not after it ran.
    expect(
      beforeEntry.some((u) => /^\/assets\/(?!index-|rolldown-runtime-)[\w-]+\.js$/.test(u)),
    ).toBe(true);
    // Nothing was asked twice, and no early answer was left unused.
    expect(requested.filter((u, i) => requested.indexOf(u) !== i)).toEqual([]);
    expect(await page.evaluate(() => Object.keys(window.__earlyRequests ?? {}))).toEqual([]);
    expect(await page.evaluate(() => window.__earlyReadme)).toBeUndefined();
    // The README shown is the one fetched early.
    if (early.some((u) => u.startsWith('/mock-cdn/'))) {
      await expect(
        page.getByText('Serde is a framework for serializing and deserializing Rust data'),
      ).toBeVisible();
    }
  }
});
