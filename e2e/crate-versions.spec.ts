import { expect, test } from './fixtures';

test.describe('crate versions', () => {
  test('visiting /crates/serde/versions lists versions by date with release tracks', async ({
    page,
    audit,
  }) => {
    await page.goto('/crates/serde/versions');
    await expect(page.getByText(/^256 versions since/)).toBeVisible();
    const list = page.getByRole('list', { name: 'Versions of serde' });
    const first = list.getByRole('listitem').first();
    await expect(first.getByRole('link', { name: '1.0.219', exact: true })).toBeVisible();
    await expect(first.getByText('latest')).toBeVisible();
    await expect(first.getByText('1.x track')).toBeVisible();
    await audit();
  });

  // At 360 px rows wrap to different heights; at 1280 they are all one height.
  for (const width of [360, 1280]) {
    test(`Back and Forward to a scrolled list return to the row that was in view (${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/crates/serde');
      const tabs = page.getByRole('navigation', { name: 'serde crate subpages' });
      await tabs.getByRole('link', { name: 'Versions' }).click();
      const list = page.getByRole('list', { name: 'Versions of serde' });
      // The 40th row at the top of the window: well below the first screen's rows.
      const row = list.getByRole('listitem').nth(39);
      await row.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      const version = (await row.getByRole('link').first().textContent()) ?? '';
      const same = list
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: version, exact: true }) });
      // How far that row's top is from the window's top, in whole pixels.
      const offTop = () =>
        same.evaluate((element) => Math.abs(Math.round(element.getBoundingClientRect().top)));

      await page.goBack();
      await expect(page.getByRole('article')).toBeVisible();
      await page.goForward();
      await expect(same).toBeInViewport();
      await expect.poll(offTop).toBeLessThanOrEqual(1);

      // Open that version from the list (a link in view: nothing scrolls), then come back.
      await same.getByRole('link', { name: version, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/crates/serde/${version.replaceAll('.', '\\.')}$`));
      await page.goBack();
      await expect(same).toBeInViewport();
      await expect.poll(offTop).toBeLessThanOrEqual(1);
    });
  }

  test('?sort=semver orders by version number and is kept in the URL', async ({ page }) => {
    await page.goto('/crates/rand/versions');
    await page.getByLabel('Sort by').selectOption('semver');
    await expect(page).toHaveURL(/sort=semver/);
    const list = page.getByRole('list', { name: 'Versions of rand' });
    // rand's 1.0.0 pre-releases sort above its stable 0.9 line by number.
    await expect(list.getByRole('listitem').first().getByRole('link').first()).toHaveText(
      /^1\.0\.0-beta/,
    );
    await page.goBack();
    await expect(page).not.toHaveURL(/sort=semver/);
  });

  test('yanked versions show their message', async ({ page, registry }) => {
    const tokio = registry.db.crateByName('tokio');
    const yanked =
      tokio && registry.db.versionsOf(tokio.id).find((v) => v.yanked && v.yank_message);
    test.skip(!yanked, 'seed has a yanked tokio version with a message');
    await page.goto('/crates/tokio/versions?sort=semver');
    const row = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: yanked?.num, exact: true }) });
    // Scrolling to the end pages in the rest of the versions.
    await expect
      .poll(async () => {
        await page.mouse.wheel(0, 50_000);
        return row.count();
      })
      .toBe(1);
    await expect(row.getByText('yanked', { exact: true })).toBeVisible();
    await expect(row.getByText(`Yanked: ${yanked?.yank_message}`)).toBeVisible();
  });

  test('the crate with 2,100 versions pages them in as the list scrolls', async ({
    page,
    audit,
  }) => {
    await page.goto('/crates/nightly-build-tool/versions');
    const list = page.getByRole('list', { name: 'Versions of nightly-build-tool' });
    await expect(list.getByRole('listitem')).toHaveCount(100);
    // The Adoption section above the list has its figures (the list no longer moves).
    await expect(page.getByRole('region', { name: 'Adoption' })).toHaveAttribute(
      'aria-busy',
      'false',
    );
    await expect(
      page.getByRole('button', { name: /Load more versions \(100 of 2,100 shown\)/ }),
    ).toBeVisible();
    await page.getByRole('button', { name: /Load more versions/ }).click();
    // The click loads the next 100; the scroll sentinel, left near the view, may load more.
    await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThanOrEqual(200);
    await page.mouse.wheel(0, 200_000);
    await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThan(200);
    await audit();
  });

  test('a failing versions request offers a retry', async ({ page, registry }) => {
    registry.fault('list_versions', { kind: 'status', status: 500 });
    await page.goto('/crates/serde/versions');
    await expect(page.getByText('serde: Failed to load versions')).toBeVisible();
    registry.clearFaults();
    await page
      .getByRole('alert')
      .filter({ hasText: 'serde: Failed to load versions' })
      .getByRole('button', { name: 'Try again' })
      .click();
    await expect(
      page.getByRole('list', { name: 'Versions of serde' }).getByRole('listitem').first(),
    ).toBeVisible();
  });
});
