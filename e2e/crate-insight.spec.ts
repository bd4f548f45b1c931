import { expect, test } from './fixtures';

test.describe('crate insight on the Versions tab', () => {
  test('Adoption on /crates/rand/versions: summary, shares by line, pre-releases and yanked behind a toggle', async ({
    page,
    audit,
  }) => {
    await page.goto('/crates/rand/versions');
    const adoption = page.getByRole('region', { name: 'Adoption' });
    await expect(
      adoption.getByText(
        /^\d+ % of downloads in the last 90 days are on 0\.(8|9)\.x; 0\.(8|9)\.x still gets \d+ %\.$/,
      ),
    ).toBeVisible();
    const shares = adoption.getByRole('table', { name: /by semver line.*: totals$/ });
    await expect(shares.getByRole('rowheader')).toHaveText([
      '0.9.x',
      '0.8.x',
      '0.7.x',
      '0.6.x',
      'Other versions',
    ]);
    await expect(
      adoption.getByText(/Based on the daily downloads of \d+ of 28 versions/),
    ).toBeVisible();
    await audit();

    await adoption.getByLabel('Show pre-releases and yanked versions').check();
    await expect(shares.getByRole('rowheader')).toContainText(['0.9.x', '0.8.x', 'Pre-releases']);
    await page.emulateMedia({ colorScheme: 'dark' });
    await audit();
  });

  test('the release timeline by keyboard at 360 px flags the release of hex published by a stranger', async ({
    page,
    audit,
  }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/crates/hex/versions');
    const view = page.getByRole('navigation', { name: 'Versions view' });
    await view.getByRole('link', { name: 'Timeline' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/crates\/hex\/versions\?view=timeline$/);
    await expect(view.getByRole('link', { name: 'Timeline' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.getByText(/^24 releases from 0\.0\.0 to 0\.4\.3/)).toBeVisible();
    const releases = page.getByRole('list', { name: 'Releases of hex' });
    const newest = releases.getByRole('listitem').first();
    await expect(newest.getByRole('link', { name: '0.4.3' })).toBeVisible();
    await expect(newest.getByText('Published by mallory-sec with a token')).toBeVisible();
    await expect(
      newest.getByText(
        'New publisher: the previous release was published by trusted publishing from GitHub KokaKiwi/rust-hex',
      ),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Crate size over time' })).toBeVisible();
    await audit();

    // Only what changed: a keyboard user ticks the filter with Space.
    await page.getByLabel('Only changes, yanks and new publishers').focus();
    await page.keyboard.press('Space');
    await expect(
      releases.getByRole('listitem').first().getByRole('link', { name: '0.4.3' }),
    ).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await page.emulateMedia({ colorScheme: 'dark' });
    await audit();
  });

  test('MSRV and edition changes of tokio are marked on its timeline', async ({ page }) => {
    await page.goto('/crates/tokio/versions?view=timeline');
    const releases = page.getByRole('list', { name: 'Releases of tokio' });
    await page.getByLabel('Only changes, yanks and new publishers').check();
    await expect(releases.getByText('MSRV 1.63 → 1.70')).toBeVisible();
    await expect(releases.getByText('Edition 2018 → 2021')).toBeVisible();
    await expect(
      releases.getByText(/^New publisher: the previous release was published by Darksonn$/),
    ).toBeVisible();
  });

  test('the 2,100-version crate: a bounded number of requests, and a retry when downloads fail', async ({
    page,
    registry,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/v1/crates/nightly-build-tool'))
        requests.push(url.pathname + url.search);
    });
    registry.fault('get_crate_downloads', {
      kind: 'status',
      status: 500,
      detail: 'database on fire',
      times: 3,
    });
    await page.goto('/crates/nightly-build-tool/versions');
    const adoption = page.getByRole('region', { name: 'Adoption' });
    // After the client's two retries.
    await expect(adoption.getByRole('alert')).toContainText('database on fire', {
      timeout: 30_000,
    });
    await adoption.getByRole('button', { name: 'Try again' }).click();
    await expect(adoption.getByText(/of downloads in the last 90 days are on/)).toBeVisible();
    const perVersion = requests.filter((r) => /\/nightly-build-tool\/[^/]+\/downloads$/.test(r));
    expect(perVersion.length).toBeLessThanOrEqual(10);
    // Thousands of versions: not the full list, the 100 newest the list shows anyway.
    expect(requests.filter((r) => r === '/api/v1/crates/nightly-build-tool/versions')).toEqual([]);
  });
});
