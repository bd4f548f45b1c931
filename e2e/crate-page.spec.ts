import { defineNetworkFixture } from '@msw/playwright';
import { expect, registryHandlers, test } from './fixtures';
import { median, timeToContent } from './tab-switch-timing';

test.describe('crate page', () => {
  test('visiting /crates/serde shows the default version with its metadata', async ({
    page,
    audit,
  }) => {
    await page.goto('/crates/serde');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/serde\s*v1\.0\.219/);
    await expect(page.getByText('A generic serialization/deserialization framework')).toBeVisible();
    const tabs = page.getByRole('navigation', { name: 'serde crate subpages' });
    await expect(tabs.getByRole('link', { name: 'Readme' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(tabs.getByRole('link', { name: /Versions/ })).toBeVisible();

    const sidebar = page.getByRole('complementary', { name: 'Crate metadata' });
    await expect(sidebar.getByRole('link', { name: 'MIT' })).toHaveAttribute(
      'href',
      'https://spdx.org/licenses/MIT.html',
    );
    await expect(sidebar.getByText('cargo add serde@1.0.219')).toBeVisible();
    await expect(sidebar.getByText('serde = "1.0.219"')).toBeVisible();
    await expect(sidebar.getByRole('link', { name: /David Tolnay/ })).toHaveAttribute(
      'href',
      '/users/dtolnay',
    );
    await expect(sidebar.getByRole('link', { name: /github:serde-rs:publish/ })).toHaveAttribute(
      'href',
      '/teams/github:serde-rs:publish',
    );
    await expect(page.getByRole('link', { name: '#serde' })).toHaveAttribute(
      'href',
      '/keywords/serde',
    );
    await audit();
  });

  test('the install snippet copies and confirms', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/crates/serde');
    await page.getByRole('button', { name: 'Copy "cargo add serde@1.0.219"' }).click();
    await expect(page.getByRole('button', { name: 'Copy "cargo add serde@1.0.219"' })).toHaveText(
      'Copied!',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'cargo add serde@1.0.219',
    );
  });

  test('a version URL shows that version', async ({ page, audit }) => {
    await page.goto('/crates/serde/1.0.100');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/serde\s*v1\.0\.100/);
    await expect(page).toHaveTitle(/^serde 1\.0\.100 - crates\.io/);
    await expect(page.getByText('cargo add serde@1.0.100')).toBeVisible();
    await audit();
  });

  test('names differing in case or -/_ reach the same crate', async ({ page }) => {
    await page.goto('/crates/Serde-Derive');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^serde_derive/);
  });

  test('an unknown version says so and links to the versions list', async ({ page, audit }) => {
    await page.goto('/crates/serde/7.7.7');
    await expect(
      page.getByRole('heading', { name: 'serde: Version 7.7.7 not found' }),
    ).toBeVisible();
    // The crate exists: its header and tabs stay.
    await expect(page.getByRole('navigation', { name: 'serde crate subpages' })).toBeVisible();
    await page.getByRole('link', { name: 'See all versions of serde' }).click();
    await expect(page).toHaveURL(/\/crates\/serde\/versions$/);
    await audit();
  });

  test('a yanked version is marked and offers no install', async ({ page, registry, audit }) => {
    const crate = registry.db.crateByName('left-pad-rs');
    const version = crate && registry.db.versionsOf(crate.id)[0];
    await page.goto(`/crates/left-pad-rs/${version?.num}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Yanked');
    await expect(page.getByRole('note')).toContainText('This version has been yanked.');
    await expect(page.getByText(/^cargo add/)).toHaveCount(0);
    await audit();
  });

  test('switching tabs reuses the crate data and back/forward are instant', async ({ page }) => {
    const crateRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/api\/v1\/crates\/serde(\?|$)/.test(request.url())) crateRequests.push(request.url());
    });
    await page.goto('/crates/serde');
    const tabs = page.getByRole('navigation', { name: 'serde crate subpages' });
    await tabs.getByRole('link', { name: /Versions/ }).click();
    await expect(page.getByRole('heading', { name: 'Versions' })).toBeVisible();
    await tabs.getByRole('link', { name: 'Dependents' }).click();
    await expect(page.getByRole('heading', { name: 'Dependents' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Versions' })).toBeVisible();
    await tabs.getByRole('link', { name: 'Readme' }).click();
    await expect(page.getByRole('complementary', { name: 'Crate metadata' })).toBeVisible();
    expect(crateRequests).toHaveLength(1);
  });

  test('a cached tab switch and back/forward render in time (measured)', async ({
    browser,
    registry,
  }, testInfo) => {
    // A context of its own, at phone width: the fixture's fake clock (timers and
    // animation frames on a 16 ms grid) would be measured along with the app.
    const context = await browser.newContext({
      baseURL: testInfo.project.use.baseURL,
      viewport: { width: 412, height: 915 },
    });
    const network = defineNetworkFixture({
      context,
      skipAssetRequests: false,
      handlers: registryHandlers(registry),
    });
    await network.enable();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) requests.push(request.url());
    });
    await page.goto('/crates/serde');
    const readme = 'article[aria-label="Readme"]';
    const versions = '#versions-title';
    const tab = (href: string) => ({
      click: `nav[aria-label="serde crate subpages"] a[href="${href}"]`,
    });
    await expect(page.locator(readme)).toBeVisible();
    const times: Record<string, number[]> = {
      'Readme → Versions': [],
      'back to the Readme': [],
      'forward to Versions': [],
      'Versions → Readme': [],
    };
    const step = async (name: string, took: Promise<number>) => {
      const ms = await took;
      times[name]?.push(ms);
      // Let the page settle (idle work, lazy chunks) between steps.
      await page.waitForTimeout(200);
    };
    // One round to load each tab's code and data, then five measured rounds.
    for (let round = 0; round < 6; round++) {
      if (round === 1) for (const list of Object.values(times)) list.length = 0;
      const before = requests.length;
      await step('Readme → Versions', timeToContent(page, tab('/crates/serde/versions'), versions));
      await step('back to the Readme', timeToContent(page, 'back', readme));
      await step('forward to Versions', timeToContent(page, 'forward', versions));
      await step('Versions → Readme', timeToContent(page, tab('/crates/serde'), readme));
      // Everything was cached: not one request after the first round.
      if (round > 0) expect(requests.slice(before)).toEqual([]);
    }
    const medians = Object.entries(times).map(([name, list]) => [name, median(list)] as const);
    testInfo.annotations.push(
      ...Object.entries(times).map(([name, list]) => ({
        type: 'measurement',
        description: `${name}: median ${Math.round(median(list))} ms (${list.map(Math.round).join(' / ')})`,
      })),
    );
    console.log(testInfo.annotations.map((a) => a.description).join('\n'));
    // The goal is < 50 ms (docs/performance.md). The bound is for a loaded 2-core
    // machine: medians there reach 500 ms (load average 19) without anything wrong.
    for (const [name, ms] of medians) expect(ms, name).toBeLessThan(750);
    await network.disable();
    await context.close();
  });

  test('a failing crate request offers a retry', async ({ page, registry }) => {
    registry.fault('find_crate', { kind: 'status', status: 503, detail: 'Service unavailable' });
    await page.goto('/crates/tokio');
    await expect(
      page.getByRole('heading', { name: 'tokio: Failed to load crate data' }),
    ).toBeVisible();
    await expect(page.getByText('Service unavailable')).toBeVisible();
    registry.clearFaults();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^tokio/);
  });

  test('logged in, a crate can be followed and unfollowed', async ({
    page,
    login,
    registry,
    audit,
  }) => {
    await login();
    await page.goto('/crates/hex');
    const follow = page.getByRole('button', { name: 'Follow' });
    await follow.click();
    await expect(page.getByRole('button', { name: 'Unfollow' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const hex = registry.db.crateByName('hex');
    const demo = registry.db.userByLogin('ferris-demo');
    expect(registry.db.followedBy(demo?.id ?? 0).has(hex?.id ?? 0)).toBe(true);
    await audit();
    await page.getByRole('button', { name: 'Unfollow' }).click();
    await expect(page.getByRole('button', { name: 'Follow' })).toBeVisible();
  });

  test('a failed follow says so and keeps the button usable', async ({ page, login, registry }) => {
    await login();
    registry.fault('follow_crate', { kind: 'status', status: 500 });
    await page.goto('/crates/hex');
    await page.getByRole('button', { name: 'Follow' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Something went wrong when following the hex crate',
    );
    await expect(page.getByRole('button', { name: 'Follow' })).toBeEnabled();
  });

  test('the README is rendered as readable, sanitized prose', async ({ page, audit }) => {
    await page.goto('/crates/serde');
    const readme = page.getByRole('article', { name: 'Readme' });
    // README headings sit below the page's own h1 (the crate name).
    await expect(readme.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expect(readme.getByRole('heading', { level: 1 })).toHaveCount(0);
    await expect(readme.locator('pre code').first()).toBeVisible();
    await audit();
  });

  test('the hostile README crate shows its text and runs nothing', async ({ page, audit }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto('/crates/xss-playground');
    const readme = page.getByRole('article', { name: 'Readme' });
    await expect(readme.getByText('This text must still be visible.')).toBeVisible();
    // The description is shown as text, tags and all.
    await expect(page.getByText('<script>alert("xss")</script>', { exact: false })).toBeVisible();
    expect(
      await readme.locator('script, iframe, form, object, embed, [onerror], [style]').count(),
    ).toBe(0);
    const hrefs = await readme
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href))).toEqual([]);
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    await audit();
  });

  test('a crate without a README says so', async ({ page }) => {
    await page.goto('/crates/shell-quote-rs');
    await expect(page.getByText(/appears to have no README\.md file/)).toBeVisible();
  });

  test('a failed README load offers a retry of just the README', async ({ page, registry }) => {
    registry.fault('readme_file', { kind: 'status', status: 500 });
    await page.goto('/crates/serde');
    await expect(page.getByText(/Failed to load README file/)).toBeVisible();
    registry.clearFaults();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(
      page.getByRole('article', { name: 'Readme' }).getByRole('heading').first(),
    ).toBeVisible();
  });

  test('a rate-limited README says how long to wait, then offers to try again', async ({
    page,
    registry,
    audit,
  }) => {
    // Rate-limited until the test lifts it (a prefetch and the widget may both ask).
    registry.fault('get_version_readme', { kind: 'rate-limit', retryAfter: 2 });
    await page.goto('/crates/serde');
    const failure = page.getByRole('alert').filter({ hasText: 'Failed to load README file' });
    await expect(failure).toContainText('You can try again in 2 seconds.');
    const retry = failure.getByRole('button', { name: 'Try again' });
    // Disabled while the wait runs, the sentence above saying why.
    await expect(retry).toBeDisabled();
    await expect(retry).toHaveAccessibleDescription('You can try again in 2 seconds.');
    await audit();
    await expect(retry).toBeEnabled({ timeout: 4_000 });
    await expect(failure).toContainText('You can try again now.');
    registry.clearFaults();
    await retry.click();
    await expect(
      page.getByRole('article', { name: 'Readme' }).getByRole('heading').first(),
    ).toBeVisible();
  });

  test('the downloads chart shows totals and a table alternative', async ({ page, audit }) => {
    await page.goto('/crates/serde');
    // The widget's code loads as it nears the viewport.
    await expect(page.getByRole('article', { name: 'Readme' })).toBeVisible();
    await page.mouse.wheel(0, 5_000);
    const downloads = page.getByRole('region', { name: 'Downloads' });
    await expect(downloads.getByText('Downloads all time')).toBeVisible();
    await downloads.getByRole('button', { name: /View as table/i }).click();
    await expect(downloads.getByRole('table')).toBeVisible();
    await expect(downloads.getByRole('columnheader', { name: '1.0.219' })).toBeVisible();
    await audit();
  });

  test('logged out, there is no follow button', async ({ page }) => {
    await page.goto('/crates/hex');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Follow' })).toHaveCount(0);
  });
});
