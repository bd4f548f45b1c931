// No layout shift while a page loads: every route (e2e/routes.ts), opened fresh at phone
// width (light) and at desktop width (dark) with a slow registry (so loading states really
// paint), must keep its cumulative layout shift at or under 0.01 (the target;
// crates.io's own bar for "good" is 0.1).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { routeGroups } from './routes';

const MAX_SHIFT = 0.01;

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

const screens = [
  { width: 360, height: 740, colorScheme: 'light' },
  { width: 1280, height: 800, colorScheme: 'dark' },
] as const;

for (const { width, height, colorScheme } of screens) {
  test.describe(`at ${width} px, ${colorScheme}`, () => {
    test.use({ viewport: { width, height }, colorScheme });
    for (const { who, routes } of routeGroups) {
      test(`no layout shift at ${width} px: ${routes.map(([url]) => url).join(' ')}`, async ({
        page,
        login,
      }) => {
        if (who !== 'anyone') await login();
        for (const [url, ready] of routes) await expectNoShift(page, url, ready);
      });
    }
  });
}
