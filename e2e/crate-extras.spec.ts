import { expect, test } from './fixtures';

test.describe('crate page extras', () => {
  test('serde: Playground, docs.rs, purl and report links', async ({ page, registry, audit }) => {
    const serde = registry.db.crateByName('serde');
    const num = registry.db.versionsOf(serde?.id ?? -1).at(-1)?.num ?? '';
    await page.goto(`/crates/serde/${num}`);
    const sidebar = page.getByRole('complementary', { name: 'Crate metadata' });
    await expect(sidebar.getByRole('link', { name: 'Try on Rust Playground' })).toHaveAttribute(
      'href',
      /^https:\/\/play\.rust-lang\.org\/\?edition=2021&code=use%20serde%3B/,
    );
    await expect(sidebar.getByRole('link', { name: `docs.rs/serde/${num}` })).toHaveAttribute(
      'href',
      `https://docs.rs/serde/${num}`,
    );
    await expect(sidebar.getByText(`pkg:cargo/serde@${num}`)).toBeVisible();
    await expect(sidebar.getByRole('button', { name: 'Copy the package URL' })).toBeVisible();
    await sidebar.getByRole('link', { name: 'Report crate' }).click();
    await expect(page).toHaveURL('/support?inquire=crate-violation&crate=serde');
    await expect(page.getByRole('textbox', { name: 'Crate' })).toHaveValue('serde');
    await page.goBack();
    await expect(sidebar.getByRole('link', { name: 'Try on Rust Playground' })).toBeVisible();
    await audit();
  });

  test('std replacements show on the crate page and on dependency rows', async ({
    page,
    registry,
    audit,
  }) => {
    await page.goto('/crates/lazy_static');
    const tip = page.getByRole('region', { name: 'You might not need this crate' });
    await expect(tip).toContainText('std::sync::LazyLock');
    await expect(tip.getByRole('link', { name: /Learn more/ })).toHaveAttribute(
      'href',
      'https://doc.rust-lang.org/std/sync/struct.LazyLock.html',
    );
    await audit();
    const dep = registry.db.dependencies.find(
      (d) => d.crate_name === 'once_cell' && d.kind === 'normal',
    );
    const version = registry.db.versions.find((v) => v.id === dep?.version_id);
    const owner = registry.db.crateById(version?.crate_id ?? -1);
    await page.goto(`/crates/${owner?.name}/${version?.num}/dependencies`);
    await expect(
      page.getByRole('link', { name: /you might not need once_cell/ }).first(),
    ).toBeVisible();
  });

  test('when the other sites fail the page is whole without their extras', async ({
    page,
    registry,
    allowConsoleErrors,
  }) => {
    allowConsoleErrors(/Failed to load resource/);
    registry.fault('playground_crates', { kind: 'network' });
    registry.fault('std_replacements', { kind: 'status', status: 500 });
    registry.fault('docs_status', { kind: 'status', status: 500 });
    await page.goto('/crates/lazy_static');
    const sidebar = page.getByRole('complementary', { name: 'Crate metadata' });
    await expect(sidebar.getByRole('link', { name: 'Report crate' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('lazy_static');
    await expect(sidebar.getByText('Documentation:')).toHaveCount(0);
    await expect(sidebar.getByRole('link', { name: 'Try on Rust Playground' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'You might not need this crate' })).toHaveCount(
      0,
    );
  });
});
