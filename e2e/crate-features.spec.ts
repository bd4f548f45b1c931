import { expect, test } from './fixtures';

test.describe('crate features', () => {
  test('/crates/tokio/features resolves a selection, keeps it in the URL and writes the snippets', async ({
    page,
    audit,
  }) => {
    await page.goto('/crates/tokio');
    await page
      .getByRole('navigation', { name: 'tokio crate subpages' })
      .getByRole('link', { name: 'Features' })
      .click();
    await expect(page).toHaveURL(/\/crates\/tokio\/features$/);
    await expect(page.getByRole('heading', { name: 'Features of tokio 1.44.1' })).toBeVisible();
    const defaults = page.getByRole('checkbox', { name: 'default features' });
    await expect(defaults).toBeChecked();
    await expect(page.getByText('cargo add tokio', { exact: true })).toBeVisible();
    await expect(page.getByText('tokio = "1.44.1"', { exact: true })).toBeVisible();

    await page.getByRole('checkbox', { name: 'net', exact: true }).check();
    await page.getByRole('checkbox', { name: 'rt', exact: true }).check();
    await defaults.uncheck();
    await expect(page).toHaveURL(/\/crates\/tokio\/features\?features=net,rt&default=false$/);
    await expect(
      page.getByText('cargo add tokio --no-default-features -F net,rt', { exact: true }),
    ).toBeVisible();
    await expect(
      page.getByText(
        'tokio = { version = "1.44.1", default-features = false, features = ["net", "rt"] }',
        { exact: true },
      ),
    ).toBeVisible();
    // net turns on libc, mio, socket2 and windows-sys (bare names: implicit features).
    const result = page.getByRole('region', { name: 'With this selection' });
    await expect(result.getByText(/features on, \d+ of 8 dependencies built/)).toHaveText(
      '6 features on, 5 of 8 dependencies built',
    );
    await expect(result.getByRole('list').nth(1)).toHaveText('libcmiosocket2windows-sys');
    await expect(page.getByText('mio:')).toBeVisible();
    await audit();

    // A shared link restores the selection; the copy button copies it.
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'net', exact: true })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'default features' })).not.toBeChecked();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page
      .getByRole('button', { name: 'Copy "cargo add tokio --no-default-features -F net,rt"' })
      .click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Copied to clipboard' }),
    ).toBeAttached();

    await page.setViewportSize({ width: 360, height: 780 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await expect(page.getByRole('heading', { name: 'Features of tokio 1.44.1' })).toBeVisible();
    await audit();
  });

  test('a weak dep?/feature turns on only with its dependency, and a version keeps its number', async ({
    page,
  }) => {
    await page.goto('/crates/regex/1.11.0/features?default=false&features=std,nope');
    await expect(page.getByText('regex 1.11.0 has no feature "nope": left out.')).toBeVisible();
    const result = page.getByRole('region', { name: 'With this selection' });
    await expect(result.getByText('regex-syntax:')).toBeVisible();
    await expect(result.getByText('aho-corasick:')).toHaveCount(0);
    await expect(
      page.getByText('cargo add regex@1.11.0 --no-default-features -F std', { exact: true }),
    ).toBeVisible();
    await page.getByRole('checkbox', { name: 'perf-literal' }).check();
    await expect(result.getByText('aho-corasick:')).toBeVisible();
    await expect(result.getByText('memchr:')).toBeVisible();
  });

  test('a crate without features says so; a failing load offers a retry', async ({
    page,
    registry,
    audit,
  }) => {
    await page.goto('/crates/cfg-if/features');
    await expect(page.getByText(/^cfg-if [\d.]+ has no features$/)).toBeVisible();

    registry.fault('get_version_dependencies', { kind: 'status', status: 500 });
    await page.goto('/crates/tokio/features');
    await expect(
      page.getByRole('heading', { name: 'tokio: Failed to load the features of 1.44.1' }),
    ).toBeVisible();
    await audit();
    registry.clearFaults();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { name: 'Features of tokio 1.44.1' })).toBeVisible();
  });
});
