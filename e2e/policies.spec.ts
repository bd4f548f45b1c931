import { expect, test } from './fixtures';

const PAGES = [
  ['/policies', 'Usage Policy'],
  ['/policies/security', 'Security'],
  ['/data-access', 'Accessing crates.io data'],
  ['/docs/rate-limits', 'Rate limits'],
  ['/docs/trusted-publishing', 'Trusted Publishing'],
  ['/support', 'Contact us'],
] as const;

test.describe('policy and help pages', () => {
  test('each page is reachable from the footer, titled and accessible', async ({ page, audit }) => {
    await page.goto('/');
    const footer = page.getByRole('contentinfo');
    await footer.getByRole('link', { name: 'Usage policy' }).click();
    await expect(page).toHaveURL('/policies');
    for (const [url, title] of PAGES) {
      if (url !== '/policies') await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page).toHaveTitle(`${title} - crates.io: Rust Package Registry`);
      await audit();
    }
    await expect(
      page.getByRole('contentinfo').getByRole('link', { name: 'Rate limits' }),
    ).toHaveAttribute('href', '/docs/rate-limits');
  });

  test('at 360 px in the dark theme nothing overflows and contrast holds', async ({
    page,
    audit,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 360, height: 740 });
    for (const url of ['/data-access', '/support?inquire=crate-violation&crate=serde']) {
      await page.goto(url);
      await expect(page.locator('html')).toHaveClass(/dark/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await audit();
    }
  });

  test('/security and /install redirect', async ({ page }) => {
    await page.goto('/security');
    await expect(page).toHaveURL('/policies/security');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Security');
    await page.goto('/install');
    await page.waitForURL('https://doc.rust-lang.org/cargo/getting-started/installation.html');
  });

  test('a page whose code fails to load offers a retry', async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/Failed to load resource|dynamically imported module/);
    await page.goto('/');
    await page.route(/\/assets\/rate-limits-page-.*\.js$/, (route) => route.abort());
    await page.getByRole('contentinfo').getByRole('link', { name: 'Rate limits' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong');
    await page.unroute(/\/assets\/rate-limits-page-.*\.js$/);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rate limits');
  });
});

test.describe('support page', () => {
  test('lists the inquiries and opens the crate report form', async ({ page, audit }) => {
    await page.goto('/support?inquire=unknown');
    await expect(
      page.getByRole('heading', { name: 'Choose what you need help with' }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'For anything else: help@crates.io' }),
    ).toHaveAttribute('href', 'mailto:help@crates.io');
    await page.getByRole('link', { name: 'Report a crate that violates policies' }).click();
    await expect(page).toHaveURL('/support?inquire=crate-violation');
    await expect(page.getByRole('heading', { name: 'Report a crate' })).toBeVisible();
    await audit();
  });

  test('the report form checks its fields, then composes the e-mail', async ({ page, audit }) => {
    await page.goto('/support?inquire=crate-violation');
    const form = page.getByRole('form', { name: 'Report a crate' });
    await form.getByRole('button', { name: 'Report to help@crates.io' }).click();
    await expect(form.getByRole('textbox', { name: 'Crate' })).toHaveAccessibleDescription(
      'Please specify a crate.',
    );
    await expect(form.getByText('Please choose reasons to report.')).toBeVisible();
    await audit();

    await form.getByRole('textbox', { name: 'Crate' }).fill('evil-crate');
    await form.getByRole('checkbox', { name: 'it is violating the usage policy' }).check();
    await form.getByRole('button', { name: 'Report to help@crates.io' }).click();
    await expect(form.getByRole('textbox', { name: 'Detail' })).toHaveAccessibleDescription(
      'Please provide some detail.',
    );
    await form.getByRole('textbox', { name: 'Detail' }).fill('Steals tokens.');
    await form.getByRole('checkbox', { name: 'it contains a vulnerability' }).check();
    await expect(form.getByRole('link', { name: 'RustSec Advisory Database' })).toBeVisible();
    await form.getByRole('checkbox', { name: 'it contains malicious code' }).check();
    await form
      .getByRole('button', { name: 'Report to help@crates.io and security@rust-lang.org' })
      .click();
    const href = await form.getByRole('link', { name: 'open the e-mail' }).getAttribute('href');
    expect(href?.split('?')[0]).toBe('mailto:help@crates.io,security@rust-lang.org');
    const query = new URLSearchParams(href?.split('?')[1]);
    expect(query.get('subject')).toBe('[SECURITY] The "evil-crate" crate');
    expect(query.get('body')).toContain('- [x] it contains malicious code');
    expect(query.get('body')).toContain('Steals tokens.');
    // What the user typed is still there.
    await expect(form.getByRole('textbox', { name: 'Detail' })).toHaveValue('Steals tokens.');
  });
});
