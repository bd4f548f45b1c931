import { expect, test } from './fixtures';

test.describe('crate code tab', () => {
  test('/crates/ferris-says/code opens src/lib.rs with line numbers and a file tree', async ({
    page,
    audit,
  }) => {
    await page.goto('/crates/ferris-says/code');
    await expect(page).toHaveURL(/\/crates\/ferris-says\/code\/src\/lib\.rs$/);
    await expect(page).toHaveTitle(/^src\/lib\.rs - ferris-says 0\.3\.2 source - crates\.io/);
    const tabs = page.getByRole('navigation', { name: 'ferris-says crate subpages' });
    await expect(tabs.getByRole('link', { name: 'Code' })).toHaveAttribute('aria-current', 'page');
    const files = page.getByRole('navigation', { name: 'Files' });
    await expect(files.getByRole('link', { name: 'lib.rs' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(files.getByRole('button', { name: 'src/' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(files.getByRole('button', { name: 'tests/' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );

    const code = page.getByRole('region', { name: 'Contents of src/lib.rs' });
    await expect(page.getByRole('heading', { name: 'src/lib.rs' })).toBeVisible();
    await expect(page.getByText('116 lines · 3.0 KiB')).toBeVisible();
    await expect(code.getByRole('link', { name: 'Line 1', exact: true })).toBeVisible();
    await expect(
      code.locator('tr', {
        hasText: 'pub fn say<W>(input: &str, max_width: usize, mut writer: W) -> Result<()>',
      }),
    ).toHaveCount(1);
    // Highlighted by the README's highlight.js setup.
    await expect(code.locator('.hljs-keyword', { hasText: 'pub' }).first()).toBeVisible();
    await audit();

    // Folders open and close; another file opens from the tree.
    await files.getByRole('button', { name: 'tests/' }).click();
    await files.getByRole('link', { name: 'say.rs' }).click();
    await expect(page).toHaveURL(/\/code\/tests\/say\.rs$/);
    await expect(page.getByRole('region', { name: 'Contents of tests/say.rs' })).toContainText(
      'fn wraps_long_input()',
    );
  });

  test('lines are selected in the URL by click, shift-click and keyboard', async ({ page }) => {
    await page.goto('/crates/anyhow/code/src/lib.rs#L9-L11');
    const code = page.getByRole('region', { name: 'Contents of src/lib.rs' });
    const line = (n: number) => code.getByRole('link', { name: `Line ${n}`, exact: true });
    await expect(line(9)).toHaveAttribute('aria-current', 'location');
    await expect(line(11)).toHaveAttribute('aria-current', 'location');
    await expect(line(12)).not.toHaveAttribute('aria-current', 'location');

    await line(20).click();
    await expect(page).toHaveURL(/#L20$/);
    await line(23).click({ modifiers: ['Shift'] });
    await expect(page).toHaveURL(/#L20-L23$/);
    await expect(line(22)).toHaveAttribute('aria-current', 'location');

    await line(5).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#L5$/);
    await line(3).focus();
    await page.keyboard.press('Shift+Enter');
    await expect(page).toHaveURL(/#L3-L5$/);
    await expect(line(4)).toHaveAttribute('aria-current', 'location');
  });

  test('binary, too large, missing and hostile files each say what they are', async ({
    page,
    audit,
  }) => {
    await page.goto('/crates/ferris-says/code/assets/ferris.png');
    await expect(page.getByText("This file is binary and can't be displayed")).toBeVisible();
    await page.goto('/crates/ferris-says/code/tests/fixtures/wide.txt');
    await expect(page.getByText('This file is too large to display')).toBeVisible();
    await expect(
      page.getByText('It has 1.3 MiB; files up to 1.0 MiB are shown here.'),
    ).toBeVisible();
    await audit();
    await page.goto('/crates/ferris-says/code/src/nope.rs');
    await expect(page.getByText('src/nope.rs is not in ferris-says 0.3.2')).toBeVisible();

    await page.goto('/crates/xss-playground/code/index.html');
    const html = page.getByRole('region', { name: 'Contents of index.html' });
    await expect(html).toContainText('<script>alert("this file must show as text")</script>');
    await expect(html.locator('script, iframe')).toHaveCount(0);
    await page.goto('/crates/xss-playground/code/src/lib.rs');
    await expect(page.getByRole('region', { name: 'Contents of src/lib.rs' })).toContainText(
      '<img src=x onerror="document.title=\'pwned\'">',
    );
    expect(await page.title()).not.toContain('pwned');
  });

  test('a version without an archive says so', async ({ page, registry, audit }) => {
    const crate = registry.db.crateByName('ferris-says');
    const older = crate && registry.db.versionsOf(crate.id).find((v) => v.num !== '0.3.2');
    await page.goto(`/crates/ferris-says/${older?.num}/code`);
    await expect(
      page.getByText(`The source of ferris-says ${older?.num} is not available`),
    ).toBeVisible();
    await page.goto('/crates/serde/code');
    await expect(page.getByText('The source of serde 1.0.219 is not available')).toBeVisible();
    await audit();
  });

  test('failing CDN: the manifest fails the tab, a file fails its panel; both retry', async ({
    page,
    registry,
    audit,
  }) => {
    registry.fault('archive_manifest', { kind: 'status', status: 500 });
    await page.goto('/crates/anyhow/code/src/lib.rs');
    await expect(
      page.getByRole('heading', { name: /anyhow: Failed to load the source files of/ }),
    ).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'anyhow crate subpages' })).toBeVisible();
    await audit();
    registry.clearFaults();
    await page.getByRole('button', { name: /Try again/ }).click();
    await expect(page.getByRole('region', { name: 'Contents of src/lib.rs' })).toBeVisible();

    registry.fault('archive_file', { kind: 'status', status: 500 });
    await page
      .getByRole('navigation', { name: 'Files' })
      .getByRole('link', { name: 'build.rs' })
      .click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Failed to load build.rs');
    await expect(page.getByRole('navigation', { name: 'Files' })).toBeVisible();
    registry.clearFaults();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('region', { name: 'Contents of build.rs' })).toContainText(
      'fn rustc_minor_version()',
    );
  });

  test('at 360 px the tree and the file fit and pass axe', async ({ page, audit }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/crates/ferris-says/code/src/main.rs');
    await expect(page.getByRole('region', { name: 'Contents of src/main.rs' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await audit();
  });
});

test.describe('crate code tab, dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('highlighted source and selection meet contrast', async ({ page, audit }) => {
    await page.goto('/crates/ferris-says/code/src/lib.rs#L15-L18');
    await expect(page.locator('html')).toHaveClass(/dark/);
    const code = page.getByRole('region', { name: 'Contents of src/lib.rs' });
    await expect(code.locator('.hljs-keyword').first()).toBeVisible();
    await audit();
  });
});
