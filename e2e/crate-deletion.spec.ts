import { expect, test } from './fixtures';

test.describe('crate deletion', () => {
  test('the delete page says up front why a crate cannot be deleted', async ({
    page,
    login,
    audit,
  }) => {
    await login();
    await page.goto('/crates/ferris-says/delete');
    const blocked = page.getByRole('region', { name: 'ferris-says cannot be deleted' });
    await expect(blocked.getByRole('listitem')).toHaveText([
      'only crates with a single owner can be deleted after 72 hours',
      'only crates with less than 1000 downloads per month can be deleted after 72 hours',
    ]);
    await expect(page.getByLabel('Reason')).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Delete this crate' })).toBeDisabled();
    await audit();
  });

  test('after deleting, the dashboard confirms what was deleted', async ({
    page,
    login,
    registry,
    audit,
  }) => {
    await login();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/crates/ferris-scratch/delete');
    await expect(page.getByRole('region', { name: /cannot be deleted/ })).toHaveCount(0);
    await page.getByLabel('Reason').fill('Published by mistake');
    await page.getByRole('checkbox', { name: /cannot be undone/ }).check();
    await page.getByRole('button', { name: 'Delete this crate' }).click();
    await expect(page).toHaveURL('/dashboard');
    await expect(page.getByRole('status').filter({ hasText: 'ferris-scratch' })).toHaveText(
      'The crate ferris-scratch has been deleted. Its name becomes available again in 24 hours.',
    );
    expect(registry.db.crateByName('ferris-scratch')).toBeUndefined();
    await audit();
  });
});
