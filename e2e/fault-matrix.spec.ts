// Every route × every fault on its main request: 500, 503 read-only, 429 with
// Retry-After, no answer at all, and a slow (5 s) answer. One test per fault walks
// every route, so the matrix costs a few tests, not a hundred.
import type { BrowserContext, Page } from '@playwright/test';
import { READ_ONLY_DETAIL } from '../src/mocks/faults';
import type { FaultRule, FaultTarget } from '../src/mocks/registry';
import { expect, test } from './fixtures';

type Route = {
  url: string;
  /** The operation whose answer the page cannot do without. */
  op: FaultTarget;
  /** The h1 once the page has its data. */
  ready: RegExp;
};

/** Every route with a request of its own (the policy pages are static). */
export const ROUTES: Route[] = [
  { url: '/', op: 'get_summary', ready: /crate registry|crates\.io/i },
  { url: '/search?q=serde', op: 'list_crates', ready: /Search Results for/ },
  { url: '/crates', op: 'list_crates', ready: /All Crates/ },
  { url: '/categories', op: 'list_categories', ready: /All Categories/ },
  { url: '/categories/development-tools', op: 'find_category', ready: /Development tools/ },
  { url: '/category_slugs', op: 'list_category_slugs', ready: /Category Slugs/ },
  { url: '/keywords', op: 'list_keywords', ready: /All Keywords/ },
  { url: '/keywords/serde', op: 'list_crates', ready: /serde/ },
  { url: '/users/dtolnay', op: 'find_user', ready: /David Tolnay/ },
  { url: '/teams/github:serde-rs:publish', op: 'find_team', ready: /publish/ },
  { url: '/crates/serde', op: 'find_crate', ready: /^serde/ },
  { url: '/crates/serde/1.0.100', op: 'find_version', ready: /^serde/ },
  { url: '/crates/serde/versions', op: 'list_versions', ready: /^serde/ },
  { url: '/crates/tokio/1.44.1/dependencies', op: 'get_version_dependencies', ready: /^tokio/ },
  { url: '/crates/tokio/features', op: 'find_crate', ready: /^tokio/ },
  { url: '/crates/serde/reverse_dependencies', op: 'list_reverse_dependencies', ready: /^serde/ },
  { url: '/dashboard', op: 'get_authenticated_user', ready: /My Dashboard/ },
  { url: '/me/following', op: 'list_crates', ready: /Followed Crates/ },
  {
    url: '/me/pending-invites',
    op: 'list_crate_owner_invitations',
    ready: /Pending Owner Invites/,
  },
  { url: '/settings/profile', op: 'get_authenticated_user', ready: /Profile/ },
  { url: '/settings/tokens', op: 'list_api_tokens', ready: /API Tokens/ },
  { url: '/crates/ferris-says/settings', op: 'list_owners', ready: /ferris-says/ },
  { url: '/crates/ferris-says/delete', op: 'find_crate', ready: /Delete the ferris-says crate/ },
];

type Failure = { name: string; rule: FaultRule; says: (string | RegExp)[] };

const FAILURES: Failure[] = [
  {
    name: '500',
    rule: { kind: 'status', status: 500 },
    says: ['Internal Server Error'],
  },
  { name: '503 read-only', rule: { kind: 'read-only' }, says: [READ_ONLY_DETAIL] },
  {
    name: '429 with Retry-After',
    // Short: sections' Try again stays disabled until the wait is over.
    rule: { kind: 'rate-limit', retryAfter: 2 },
    says: ['You can try again in 2 seconds.'],
  },
  {
    name: 'network failure',
    rule: { kind: 'network' },
    says: ['Could not reach the registry. Check your connection.'],
  },
];

/** A page-level error (the route's error element) or a section's alert. */
const failureOn = (page: Page, text: string | RegExp) =>
  page
    .locator('section[aria-labelledby="error-title"], [role="alert"]')
    .filter({ hasText: text })
    .first();

for (const failure of FAILURES) {
  test(`fault matrix: ${failure.name} on every route says so, and Try again recovers`, async ({
    page,
    registry,
    login,
  }) => {
    test.setTimeout(ROUTES.length * 12_000);
    await login();
    for (const route of ROUTES) {
      await test.step(route.url, async () => {
        registry.fault(route.op, failure.rule);
        await page.goto(route.url);
        const shown = failureOn(page, failure.says[0] ?? '');
        // What failed, why, and what to do about it.
        await expect(shown).toBeVisible();
        await expect(shown).toContainText(/Failed to load|Could not load|went wrong/i);
        for (const text of failure.says) await expect(shown).toContainText(text);
        const retry = shown.getByRole('button', { name: 'Try again' });
        await expect(retry).toBeVisible();
        registry.clearFaults();
        // A page whose main request feeds two sections (the versions list and
        // Adoption) shows two failures, each with its own retry: press each.
        // (Found by their title: a section's "try again in N seconds" becomes "now".)
        const failures = failureOn(page, /Failed to load|Could not load|went wrong/i);
        const retries = page
          .locator('section[aria-labelledby="error-title"], [role="alert"]')
          .filter({ hasText: /Failed to load|Could not load|went wrong/i })
          .getByRole('button', { name: 'Try again' });
        // Pressed one at a time, found afresh each time: a section re-renders when its
        // wait ends, and a page retry can take a section's failure with it.
        await expect(async () => {
          if ((await retries.count()) > 0) await retries.first().click({ timeout: 5_000 });
          await expect(failures).toHaveCount(0, { timeout: 2_000 });
        }).toPass({ timeout: 20_000 });
        await expect(page.getByRole('heading', { level: 1, name: route.ready })).toBeVisible();
      });
    }
  });
}

/**
 * Opens `url` in a fresh page whose main request answers after 5 s: progress must be
 * visible within 300 ms of the page's code running, and nothing may shift when the
 * data arrives. Returns the layout shift.
 */
async function slowVisit(page: Page, route: Route) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number }[])
        w.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(route.url, { waitUntil: 'domcontentloaded' });
  const started = Date.now();
  // The page's loading bar, or (pages that render before their data) its skeletons.
  const progress = page
    .getByRole('progressbar', { name: 'Loading page' })
    .or(page.locator('main .animate-pulse'))
    .first();
  await expect(progress, `${route.url}: progress within 300 ms`).toBeVisible({ timeout: 300 });
  const progressAfter = Date.now() - started;
  // A page whose loader chains two slow requests takes 10 s.
  await expect(page.getByRole('heading', { level: 1, name: route.ready })).toBeVisible({
    timeout: 20_000,
  });
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
  return { progressAfter, shift };
}

/** Pages loading at once: the 5 s waits overlap. */
const BATCH = 3;

/** Pages of their own (several at once, the 5 s waits overlap), reporting their errors. */
async function slowBatch(context: BrowserContext, routes: Route[]) {
  const problems: string[] = [];
  const results = await Promise.all(
    routes.map(async (route) => {
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`${route.url}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        // As in the fixture: failed API and CDN answers are the app's to show.
        const from = message.location().url ?? '';
        if (
          /^Failed to load resource/.test(message.text()) &&
          /\/api\/|\/mock-cdn\/|^https:\/\/rustsec\.org\//.test(from)
        )
          return;
        problems.push(`${route.url}: ${message.text()} (${from})`);
      });
      const result = await slowVisit(page, route);
      await page.close();
      return { url: route.url, ...result };
    }),
  );
  return { results, problems };
}

test('fault matrix: a 5 s answer on every route shows progress at once and shifts nothing', async ({
  page,
  registry,
  login,
}) => {
  test.setTimeout(180_000);
  await login();
  // The session hint lives in localStorage: one page sets it for the whole context.
  await page.goto('/category_slugs');
  const all: { url: string; progressAfter: number; shift: number }[] = [];
  const problems: string[] = [];
  for (let i = 0; i < ROUTES.length; i += BATCH) {
    const routes = ROUTES.slice(i, i + BATCH);
    // Every answer of the pages' main operations is slow while the batch loads. (With one slow
    // answer per page, /keywords once showed its data at once: the app had judged the early
    // request too old by the test's fake clock, which counts from the context's first page,
    // and asked again. Early answers are now aged from the early script's start.)
    for (const route of routes) registry.fault(route.op, { kind: 'slow', ms: 5000 });
    const batch = await slowBatch(page.context(), routes);
    registry.clearFaults();
    all.push(...batch.results);
    problems.push(...batch.problems);
  }
  test.info().annotations.push({
    type: 'slow answers',
    description: all
      .map(
        (r) => `${r.url}: progress +${Math.round(r.progressAfter)} ms, shift ${r.shift.toFixed(4)}`,
      )
      .join('; '),
  });
  expect(problems).toEqual([]);
  expect(all.filter((r) => r.shift > 0.01)).toEqual([]);
});
