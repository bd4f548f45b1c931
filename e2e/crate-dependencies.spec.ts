import { expect, test } from './fixtures';

test.describe('crate dependencies and dependents', () => {
  test('/crates/tokio/dependencies redirects to the default version and groups by kind', async ({
    page,
    audit,
  }) => {
    await page.goto('/crates/tokio/dependencies');
    await expect(page).toHaveURL(/\/crates\/tokio\/1\.44\.1\/dependencies$/);
    await expect(page.getByRole('heading', { name: /^Dependencies \(\d+\)/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Dev-Dependencies \(\d+\)/ })).toBeVisible();
    const bytes = page.getByRole('link', { name: 'bytes', exact: true });
    await expect(bytes).toHaveAttribute('href', /\/crates\/bytes\/range\//);
    await expect(page.getByText('optional').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Features of tokio 1.44.1' })).toBeVisible();
    await audit();
  });

  test('a dependency link resolves its requirement to the highest matching version', async ({
    page,
  }) => {
    await page.goto('/crates/tokio/1.44.1/dependencies');
    await page.getByRole('link', { name: 'bytes', exact: true }).click();
    await expect(page).toHaveURL(/\/crates\/bytes\/1\.\d+\.\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^bytes/);
  });

  test('a requirement nothing matches says so', async ({ page, audit }) => {
    await page.goto('/crates/serde/range/%5E9.0');
    await expect(
      page.getByRole('heading', { name: 'serde: No matching version found for ^9.0' }),
    ).toBeVisible();
    await audit();
  });

  test('a crate without dependencies says so', async ({ page }) => {
    await page.goto('/crates/cfg-if/dependencies');
    await expect(page.getByText(/has no dependencies$/)).toBeVisible();
  });

  test('a failing dependencies request offers a retry', async ({ page, registry }) => {
    registry.fault('get_version_dependencies', { kind: 'status', status: 500 });
    await page.goto('/crates/tokio/1.44.1/dependencies');
    await expect(page.getByText('tokio: Failed to load dependencies')).toBeVisible();
    registry.clearFaults();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { name: /^Dependencies/ })).toBeVisible();
  });

  test('/crates/serde/reverse_dependencies paginates the dependents', async ({ page, audit }) => {
    await page.goto('/crates/serde/reverse_dependencies');
    await expect(
      page.getByText(/^Displaying 1–10 of \d+ crates that depend on serde/),
    ).toBeVisible();
    await audit();
    await page
      .getByRole('navigation', { name: 'Pagination' })
      .getByRole('link', { name: 'Next' })
      .click();
    await expect(page).toHaveURL(/reverse_dependencies\?page=2$/);
    await expect(page.getByText(/^Displaying 11–20 of/)).toBeVisible();
    await page.goBack();
    await expect(page.getByText(/^Displaying 1–10 of/)).toBeVisible();
  });

  test('/crates/rand/reverse_dependencies splits dependents by line and filters by kind', async ({
    page,
    audit,
    registry,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/crates/rand/reverse_dependencies');
    const split = page.getByRole('region', { name: 'Required lines of rand' });
    await expect(
      split.getByRole('rowheader', { name: /dependents? requires? \^0\.8$/ }),
    ).toBeVisible();
    await expect(
      split.getByRole('rowheader', { name: /dependents? requires? \^0\.9$/ }),
    ).toBeVisible();
    await expect(split.getByText(/^Based on/)).toHaveCount(0);
    await audit();

    // By keyboard: the kind filter goes from "Any" to "Normal".
    await page.getByLabel('Kind').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/reverse_dependencies\?kind=normal$/);
    await expect(
      page.getByText(/^Displaying 1–\d+ of \d+ crates? that depends? on rand/),
    ).toBeVisible();
    await expect(page.getByText('(dev)')).toHaveCount(0);
    await page.goBack();
    await expect(page).toHaveURL(/reverse_dependencies$/);

    // A crate with more dependents than the sample reads says so.
    const d = registry.db;
    const template = d.crates[0];
    const version = template && d.versionsOf(template.id)[0];
    if (!template || !version) throw new Error('the seed has crates');
    const maxId = (rows: { id: number }[]) => Math.max(...rows.map((r) => r.id));
    const [crateBase, versionBase, dependencyBase] = [d.crates, d.versions, d.dependencies].map(
      maxId,
    ) as [number, number, number];
    for (let i = 1; i <= 205; i++) {
      d.crates.push({ ...template, id: crateBase + i, name: `dependent-${i}` });
      d.versions.push({ ...version, id: versionBase + i, crate_id: crateBase + i, yanked: false });
      d.dependencies.push({
        id: dependencyBase + i,
        version_id: versionBase + i,
        crate_name: 'rand',
        req: '^0.9',
        optional: false,
        default_features: true,
        features: [],
        target: null,
        kind: 'normal',
      });
    }
    await page.reload();
    await expect(
      split.getByText(/^Based on the 200 most downloaded of \d+ dependents\.$/),
    ).toBeVisible();
  });

  test('a crate nobody depends on says so', async ({ page }) => {
    await page.goto('/crates/xss-playground/reverse_dependencies');
    await expect(page.getByText('No crates depend on xss-playground')).toBeVisible();
  });

  test('/crates/serde/repo goes to the repository', async ({ page, network }) => {
    const { http, HttpResponse } = await import('msw');
    network.use(
      http.get('https://github.com/serde-rs/serde', () =>
        HttpResponse.html('<title>serde repo</title><h1>repo</h1>'),
      ),
    );
    await page.goto('/crates/serde/repo');
    await expect(page).toHaveURL('https://github.com/serde-rs/serde');
  });
});
