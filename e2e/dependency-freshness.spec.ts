import { expect, test } from './fixtures';

test.describe('dependency freshness', () => {
  test('/crates/reqwest/0.12.15/dependencies says how current each requirement is', async ({
    page,
    audit,
  }) => {
    const batches: string[] = [];
    page.on('request', (r) => {
      if (/\/api\/v1\/crates\?/.test(r.url())) batches.push(r.url());
    });
    await page.goto('/crates/reqwest/0.12.15/dependencies');
    await expect(
      page.getByText('1 of 22 dependencies is behind a major version; 1 is behind a minor version'),
    ).toBeVisible();
    const row = (name: string, section: string) =>
      page
        .getByRole('region', { name: new RegExp(`^${section}`) })
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name, exact: true }) });

    const envLogger = row('env_logger', 'Dev-Dependencies');
    await expect(envLogger.getByText('>=0.10.0, <0.11.0')).toBeVisible();
    await expect(envLogger.getByText('behind a major')).toBeVisible();
    await expect(
      envLogger.getByText('(for 0.x crates, a new 0.y is a breaking release)'),
    ).toBeVisible();
    await expect(envLogger.getByRole('link', { name: 'newest matching ^0.10' })).toHaveAttribute(
      'href',
      '/crates/env_logger/range/%5E0.10',
    );

    const url = row('url', 'Dependencies');
    await expect(url.getByText('>=2.4.0, <2.5.0')).toBeVisible();
    await expect(url.getByText('2.5.4', { exact: true })).toBeVisible();
    await expect(url.getByText('behind a minor')).toBeVisible();

    const hyperNext = row('hyper', 'Dev-Dependencies');
    await expect(hyperNext.getByText('>=2.0.0-alpha.1, <3.0.0')).toBeVisible();
    await expect(hyperNext.getByText('(asks for a pre-release newer than it)')).toBeVisible();
    await expect(hyperNext.getByText('up to date')).toBeVisible();

    await expect(row('base64', 'Dependencies').getByText('up to date')).toBeVisible();
    // One batched request for every dependency's newest version, never one per crate.
    expect(batches).toHaveLength(1);
    await audit();

    await page.setViewportSize({ width: 360, height: 780 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await expect(page.getByText(/^1 of 22 dependencies/)).toBeVisible();
    await audit();
  });

  test('when the newest versions fail to load, the list stays and offers a retry', async ({
    page,
    registry,
    audit,
  }) => {
    registry.fault('list_crates', { kind: 'status', status: 500 });
    await page.goto('/crates/reqwest/0.12.15/dependencies');
    await expect(page.getByText('Could not check how current the dependencies are')).toBeVisible();
    await expect(page.getByRole('link', { name: 'base64', exact: true })).toBeVisible();
    await audit();
    registry.clearFaults();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByText(/^1 of 22 dependencies is behind a major version/)).toBeVisible();
  });
});
