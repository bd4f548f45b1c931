// Hostile input everywhere the registry's data is shown: none of the corpus
// (e2e/hostile-corpus.ts) runs, with the production CSP and without it; DOM
// clobbering changes nothing the app relies on; README links and images leak nothing.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  HOSTILE_CRATE,
  HOSTILE_TEAM,
  HOSTILE_TOKEN_NAME,
  HOSTILE_USER,
  restoreAdvisories,
  seedHostileInput,
} from './hostile-corpus';

/** Pages that show the corpus, the h1 each shows once loaded, and text that must show. */
const PAGES: [string, RegExp, string?][] = [
  [`/crates/${HOSTILE_CRATE}`, new RegExp(HOSTILE_CRATE)],
  [`/crates/${HOSTILE_CRATE}/versions`, new RegExp(HOSTILE_CRATE)],
  [
    `/crates/${HOSTILE_CRATE}/security`,
    new RegExp(HOSTILE_CRATE),
    'This advisory text must still be visible.',
  ],
  [`/search?q=${HOSTILE_CRATE}`, /Search Results for/],
  ['/keywords/xss', /xss/],
  [`/users/${HOSTILE_USER}`, /onerror/],
  [`/teams/${HOSTILE_TEAM}`, /onerror/],
  ['/settings/tokens', /API Tokens/],
];

/** Anything that would show a payload ran: the tripwire, dialogs, navigation. */
async function watch(page: Page) {
  const ran: string[] = [];
  await page.exposeBinding('__xss', (_source, n: number) => ran.push(`payload ${n} ran`));
  page.on('dialog', (dialog) => {
    ran.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && !frame.url().startsWith('http://localhost'))
      ran.push(`navigated to ${frame.url()}`);
  });
  return ran;
}

async function walk(page: Page, ran: string[]) {
  for (const [url, ready, shows] of PAGES) {
    await test.step(url, async () => {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1, name: ready }).first()).toBeVisible();
      if (shows) await expect(page.getByText(shows)).toBeVisible();
      await page.waitForLoadState('networkidle');
      // A <meta refresh> or <base> would have moved us or changed how links resolve.
      expect(new URL(page.url()).pathname).toBe(new URL(url, 'http://x').pathname);
      expect(await page.evaluate(() => document.baseURI === location.href)).toBe(true);
      expect(ran).toEqual([]);
    });
  }
}

test.describe('hostile input', () => {
  test.beforeEach(({ registry }) => {
    seedHostileInput(registry);
  });
  test.afterEach(() => restoreAdvisories());

  test('runs nowhere, under the production CSP', async ({ page, login }) => {
    await login();
    const ran = await watch(page);
    await walk(page, ran);
  });

  test.describe('without a CSP', () => {
    test.use({ bypassCSP: true });
    test('still runs nowhere (the sanitizer and React alone)', async ({ page, login }) => {
      await login();
      const ran = await watch(page);
      await walk(page, ran);
    });
  });

  test('the README cannot clobber the DOM, leak referrers, set cookies or open windows', async ({
    page,
    context,
    audit,
  }) => {
    const ran = await watch(page);
    // The image host has a cookie of its own, and answers with one more.
    await context.addCookies([
      {
        name: 'tracker',
        value: 'known',
        domain: 'tracker.example',
        path: '/',
        secure: true,
        sameSite: 'None',
      },
    ]);
    const cookiesBefore = await context.cookies();
    const requests: { url: string; headers: Record<string, string> }[] = [];
    await page.route('https://tracker.example/**', async (route) => {
      requests.push({ url: route.request().url(), headers: await route.request().allHeaders() });
      await route.fulfill({
        contentType: 'image/svg+xml',
        body: '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>',
        headers: {
          'Set-Cookie': 'planted=1; Path=/; Secure; SameSite=None',
          'Access-Control-Allow-Origin': '*',
        },
      });
    });
    await page.goto(`/crates/${HOSTILE_CRATE}`);
    const readme = page.getByRole('article', { name: 'Readme' });
    await expect(readme.getByText('This text must still be visible.')).toBeVisible();
    expect(
      await readme
        .locator('script, iframe, object, embed, form, input, base, meta, link, style, svg, math')
        .count(),
    ).toBe(0);
    expect(await readme.locator('[style], [onerror], [onload], [onclick]').count()).toBe(0);
    const hrefs = await readme
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => /^\s*(javascript|data|vbscript)/i.test(href))).toEqual([]);

    const link = readme.getByRole('link', { name: 'external link' });
    await expect(link).toHaveAttribute('rel', 'nofollow noopener noreferrer ugc');
    const pixel = readme.getByRole('img', { name: 'tracking pixel' });
    await expect(pixel).toHaveAttribute('referrerpolicy', 'no-referrer');
    await pixel.scrollIntoViewIfNeeded();
    await expect.poll(() => requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => r.headers.referer || r.headers.cookie)).toEqual([]);
    expect(await context.cookies()).toEqual(cookiesBefore);
    expect(await page.evaluate(() => document.cookie)).toBe('');

    // What the app and its libraries look up is still what it was.
    const intact = await page.evaluate(() => ({
      getElementById: typeof document.getElementById,
      root: document.getElementById('root')?.parentElement === document.body,
      main: document.getElementById('main-content')?.tagName,
      body: document.body.tagName,
      cookie: typeof document.cookie,
      localStorage: typeof window.localStorage.getItem,
      location: typeof window.location.assign,
      proto: Object.getPrototypeOf({}) === Object.prototype && !('x' in Object.prototype),
      tripwire: typeof (window as unknown as { __xss: unknown }).__xss,
    }));
    expect(intact).toEqual({
      getElementById: 'function',
      root: true,
      main: 'MAIN',
      body: 'BODY',
      cookie: 'string',
      localStorage: 'function',
      location: 'function',
      proto: true,
      tripwire: 'function',
    });
    await page.waitForTimeout(300);
    expect(ran).toEqual([]);
    await audit();
  });

  test('a hostile token name is text', async ({ page, login }) => {
    await login();
    const ran = await watch(page);
    await page.goto('/settings/tokens');
    await expect(page.getByText(HOSTILE_TOKEN_NAME).first()).toBeVisible();
    expect(ran).toEqual([]);
  });
});
