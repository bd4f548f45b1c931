// The e2e harness: each test gets a fresh mock registry (seeded database,
// faults, login) served on the Playwright side, a frozen clock, an axe audit,
// and a check that fails the test on any console error, page error or
// Content-Security-Policy violation (the build is served by nginx with its CSP).
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { defineNetworkFixture, type NetworkFixture } from '@msw/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { HttpResponse, http } from 'msw';
import { createMockRegistry, type MockRegistry } from '../src/mocks/registry';

/** The registry's "now" and the browser's: relative dates are stable. */
export const E2E_NOW = new Date('2026-11-20T12:00:00Z');

const mockGithubPage = readFileSync(
  new URL('../public/mock-github-authorize.html', import.meta.url),
  'utf8',
);

const BLANK_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';

/** The mock registry and the outside hosts, as every test's browser context sees them. */
export const registryHandlers = (registry: MockRegistry) => [
  http.get('*/mock-github-authorize.html', () => HttpResponse.html(mockGithubPage)),
  ...registry.handlers,
  // The machines running tests have no internet: anything from another host
  // (READMEs' badges and pictures) gets a blank image, with the CORS header
  // that README images need (they load with crossorigin="anonymous").
  http.get(/^https?:\/\/(?!localhost[:/]|127\.0\.0\.1[:/])/, () =>
    HttpResponse.text(BLANK_SVG, {
      headers: { 'Content-Type': 'image/svg+xml', 'Access-Control-Allow-Origin': '*' },
    }),
  ),
];

type Fixtures = {
  registry: MockRegistry;
  network: NetworkFixture;
  /** Logs the browser in as `login` (the demo user by default) before the page loads. */
  login: (login?: string) => Promise<void>;
  /** Runs axe (WCAG 2.2 AA and best practices) on the page and expects no violations. */
  audit: (page?: Page) => Promise<void>;
  /** Console errors a test expects (e.g. from an injected fault), as patterns. */
  allowConsoleErrors: (pattern: RegExp) => void;
};

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take a destructured first argument
  registry: async ({}, use) => {
    await use(createMockRegistry({ now: E2E_NOW }));
  },
  network: [
    async ({ context, registry }, use) => {
      const network = defineNetworkFixture({
        context,
        // Not skipping assets: README HTML and avatars come from the mock registry.
        skipAssetRequests: false,
        handlers: registryHandlers(registry),
      });
      await network.enable();
      await use(network);
      // Pages still open keep asking (a section's follow-up, the user menu's invitations):
      // without the mock those requests reached nginx's closed upstream, noise in CI's log.
      for (const open of context.pages()) await open.close();
      await network.disable();
    },
    { auto: true },
  ],
  login: async ({ registry, page }, use) => {
    await use(async (login = 'ferris-demo') => {
      registry.login(login);
      await page.addInitScript(() => localStorage.setItem('logged-in', '1'));
    });
  },
  allowConsoleErrors: [
    async ({ context, page }, use) => {
      const allowed: RegExp[] = [];
      const problems: string[] = [];
      // Every page of the context reports CSP violations, even ones the console would not show.
      await context.exposeBinding('__reportCspViolation', ({ page: source }, text: string) => {
        problems.push(`CSP violation: ${text} (${source.url()})`);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation(text: string): void })
            .__reportCspViolation;
          report(
            `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
          );
        });
      });
      const notFoundDocuments = new Set<string>();
      page.on('response', (response) => {
        if (response.status() === 404 && response.request().isNavigationRequest())
          notFoundDocuments.add(response.url());
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        // The browser logs every non-2xx fetch; API, CDN and RustSec failures (a crate
        // without advisories is a 404) are the app's to handle and show.
        const url = message.location().url ?? '';
        if (
          /^Failed to load resource/.test(text) &&
          /\/api\/|\/mock-cdn\/|^https:\/\/rustsec\.org\//.test(url)
        )
          return;
        // Unknown paths are a real 404 from the server (with the app, which says so).
        if (/^Failed to load resource: .* 404/.test(text) && notFoundDocuments.has(url)) return;
        if (allowed.some((pattern) => pattern.test(text))) return;
        problems.push(`console error: ${text}${url ? ` (${url})` : ''}`);
      });
      await page.clock.setFixedTime(E2E_NOW);
      await use((pattern) => allowed.push(pattern));
      expect(problems, 'console errors and page errors').toEqual([]);
    },
    { auto: true },
  ],
  audit: async ({ page }, use) => {
    await use(async (target = page) => {
      // The page follows an emulated colour scheme through a media listener: let it
      // catch up, and paint, before contrast is judged.
      await target.waitForFunction(() => {
        const chosen = localStorage.getItem('color-scheme');
        const dark =
          chosen === 'dark' ||
          (chosen !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
        return document.documentElement.classList.contains('dark') === dark;
      });
      // Nor halfway through a colour transition (a theme change, a hover): wait for
      // running transitions, at most a second (offscreen ones may never tick).
      await target.evaluate(() =>
        Promise.race([
          Promise.all(
            document
              .getAnimations()
              .filter((animation) => animation instanceof CSSTransition)
              .map((animation) => animation.finished.catch(() => null)),
          ),
          new Promise((done) => setTimeout(done, 1000)),
        ]),
      );
      const results = await new AxeBuilder({ page: target })
        // WCAG 2.2 A and AA and axe's best practices; collecting just violations (not
        // passes) makes the scan much faster. (options() replaces withTags(), so both are here.)
        .options({
          runOnly: {
            type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
          },
          resultTypes: ['violations'],
        })
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary, 'axe violations').toEqual([]);
    });
  },
});

export { expect };
