import { expect, test } from './fixtures';

test.describe('crate security tab', () => {
  test('/crates/tokio/security lists the advisories with ranges, aliases and CVSS', async ({
    page,
    audit,
  }) => {
    await page.goto('/crates/tokio/security');
    await expect(page).toHaveTitle(/^Security advisories of tokio - crates\.io/);
    const tabs = page.getByRole('navigation', { name: 'tokio crate subpages' });
    await expect(tabs.getByRole('link', { name: 'Security' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    const list = page.getByRole('list', { name: 'Advisories for tokio' });
    await expect(list.getByRole('article')).toHaveCount(2);
    const oneshot = page.getByRole('article', { name: /RUSTSEC-2021-0124/ });
    await expect(oneshot.getByRole('link', { name: 'RUSTSEC-2021-0124' })).toHaveAttribute(
      'href',
      'https://rustsec.org/advisories/RUSTSEC-2021-0124.html',
    );
    await expect(oneshot.getByRole('heading', { level: 3 })).toHaveText(
      'RUSTSEC-2021-0124: Data race when sending and receiving after closing a oneshot channel',
    );
    const facts = oneshot.getByRole('definition');
    await expect(facts.nth(0)).toHaveText('>= 0.1.14, < 1.8.4>= 1.9.0, < 1.13.1');
    await expect(facts.nth(1)).toHaveText('>= 1.8.4, < 1.9.0>= 1.13.1');
    await expect(oneshot.getByRole('link', { name: 'CVE-2021-45710' })).toHaveAttribute(
      'href',
      'https://nvd.nist.gov/vuln/detail/CVE-2021-45710',
    );
    await expect(oneshot.getByRole('link', { name: 'GHSA-fg7r-2g4j-5cgr' })).toHaveAttribute(
      'href',
      'https://github.com/advisories/GHSA-fg7r-2g4j-5cgr',
    );
    await expect(oneshot.getByText('5.9 (Medium)')).toBeVisible();
    // Details are Markdown: links and inline code are rendered.
    await expect(oneshot.getByRole('link', { name: 'tokio#4225' })).toHaveAttribute(
      'href',
      'https://github.com/tokio-rs/tokio/issues/4225',
    );
    await expect(oneshot.locator('code', { hasText: 'tokio::sync::oneshot' })).toBeVisible();
    const pipes = page.getByRole('article', { name: /RUSTSEC-2023-0001/ });
    await expect(pipes.getByText('6.3 (Medium)')).toBeVisible();
    await audit();

    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await audit();
  });

  test('withdrawn advisories are left out; a crate without any says so', async ({
    page,
    audit,
  }) => {
    await page.goto('/crates/hyper/security');
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(page.getByRole('article', { name: /RUSTSEC-2021-0078/ })).toBeVisible();
    await expect(page.getByText('RUSTSEC-2021-0020')).toHaveCount(0);

    await page.getByRole('link', { name: 'Readme' }).click();
    await page.goto('/crates/serde/security');
    await expect(page.getByText('No known security advisories for serde')).toBeVisible();
    await audit();
  });

  test('rustsec.org failing keeps the crate page and offers a retry', async ({
    page,
    registry,
    audit,
  }) => {
    registry.fault('rustsec_advisories', { kind: 'status', status: 503 });
    await page.goto('/crates/regex/security');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^regex/);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('regex: Failed to load advisories from rustsec.org');
    await audit();
    registry.clearFaults();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('article', { name: /RUSTSEC-2022-0013/ })).toBeVisible();
    // The details' table and list come through the Markdown renderer.
    await expect(page.getByRole('cell', { name: 'vulnerable' })).toBeVisible();
  });

  test('hostile advisory text is shown as text, never run', async ({ page }) => {
    await page.goto('/crates/xss-playground/security');
    const card = page.getByRole('article', { name: /RUSTSEC-2026-0666/ });
    await expect(card.getByRole('heading', { level: 3 })).toContainText(
      'Advisory text <script>document.title = "pwned"</script> that tries to run script',
    );
    await expect(card.getByText('javascript link')).toBeVisible();
    await expect(card.locator('script, img, [onclick], [style]')).toHaveCount(0);
    await expect(card.locator('a[href^="javascript:"]')).toHaveCount(0);
    // `last_affected` gives an inclusive upper bound; "not-a-link" aliases stay text.
    await expect(card.getByText('>= 0.1.0, <= 0.1.1')).toBeVisible();
    await expect(card.getByText('not-a-link-<b>x</b>')).toBeVisible();
    expect(await page.title()).not.toContain('pwned');
  });
});

test.describe('unmaintained banner', () => {
  test('shows on the crate page when RustSec says the crate is unmaintained', async ({
    page,
    audit,
  }) => {
    await page.goto('/crates/left-pad-rs');
    const banner = page.getByRole('complementary', { name: 'Unmaintained crate' });
    await expect(banner).toContainText('left-pad-rs is unmaintained.');
    await expect(banner.getByRole('link', { name: 'RUSTSEC-2026-0042' })).toHaveAttribute(
      'href',
      'https://rustsec.org/advisories/RUSTSEC-2026-0042.html',
    );
    await audit();
    await banner.getByRole('link', { name: 'security advisories' }).click();
    await expect(page).toHaveURL(/\/crates\/left-pad-rs\/security$/);
    await expect(page.getByText('Informational: Unmaintained')).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'all versions' })).toBeVisible();
  });

  test('a withdrawn unmaintained advisory shows no banner', async ({ page }) => {
    await page.goto('/crates/ring/security');
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(page.getByRole('complementary', { name: 'Unmaintained crate' })).toHaveCount(0);
  });

  test('a hanging rustsec.org never holds the crate page', async ({ page, registry }) => {
    registry.fault('rustsec_advisories', { kind: 'hang' });
    await page.goto('/crates/left-pad-rs');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^left-pad-rs/);
    await expect(page.getByRole('article', { name: 'Readme' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Unmaintained crate' })).toHaveCount(0);
    registry.clearFaults();
  });
});

test.describe('crate security tab, dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('advisories and the banner meet contrast', async ({ page, audit }) => {
    await page.goto('/crates/left-pad-rs/security');
    await expect(page.locator('html')).toHaveClass(/dark/);
    await expect(page.getByRole('complementary', { name: 'Unmaintained crate' })).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(1);
    await audit();
    await page.goto('/crates/tokio/security');
    await expect(page.getByRole('article')).toHaveCount(2);
    await audit();
  });
});
