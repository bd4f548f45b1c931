import { expect, test } from './fixtures';

test.describe('version provenance', () => {
  test('/crates/ferris-says/versions says how each release was published and flags the change', async ({
    page,
    registry,
    audit,
  }) => {
    await page.goto('/crates/ferris-says/versions');
    const crate = registry.db.crateByName('ferris-says');
    const nums = registry.db
      .versionsOf(crate?.id ?? 0)
      .sort((a, b) => b.created_at.localeCompare(a.created_at))
      .map((v) => v.num);
    const row = (num: string) =>
      page
        .getByRole('list', { name: 'Versions of ferris-says' })
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: num, exact: true }) });
    await expect(row(nums[0] ?? '')).toContainText(
      'via GitHub Actions from ferris-demo/ferris-says',
    );
    await expect(row(nums[2] ?? '')).toContainText('by @ferris-demo with an API token');
    // The first release from CI follows one published with a token.
    await expect(row(nums[1] ?? '')).toContainText(
      `Publisher changed. The release before, ${nums[2]}, was published by @ferris-demo with an API token: check that this change was expected.`,
    );
    await expect(page.getByText('Publisher changed.')).toHaveCount(1);
    await audit();
  });
});
