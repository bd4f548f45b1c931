import { expect, test } from './fixtures';

// After a navigation, focus and the screen reader land where a server-rendered page
// would put them: on the new page's heading, with its title read out.
test('a navigation focuses the new heading and announces the title; query, hash and widget changes keep focus', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Most Downloaded' })).toBeVisible();
  const announcer = page.locator('#route-announcer');
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  // The first load is the browser's to announce.
  await expect(announcer).toHaveText('');
  await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();

  await page.getByRole('link', { name: /^Browse/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/crates$/);
  await expect(page.getByRole('heading', { level: 1, name: 'All Crates' })).toBeFocused();
  await expect(announcer).toHaveText('Crates - crates.io: Rust Package Registry');

  // Only the query changes (sorting): focus stays on the control.
  const sort = page.getByRole('combobox', { name: /Sort/ });
  await sort.focus();
  await sort.selectOption({ label: 'Alphabetical' });
  await expect(page).toHaveURL(/sort=alpha/);
  await expect(sort).toBeFocused();

  // A crate page by keyboard, then its Code tab: the tab's page is announced.
  await page.goto('/crates/ferris-says');
  await expect(page.getByRole('heading', { level: 1, name: /ferris-says/ })).toBeVisible();
  const tabs = page.getByRole('navigation', { name: 'ferris-says crate subpages' });
  await tabs.getByRole('link', { name: 'Code' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/code\/src\/lib\.rs$/);
  await expect(page.getByRole('heading', { level: 1, name: /ferris-says/ })).toBeFocused();
  await expect(announcer).toHaveText(/^src\/lib\.rs - ferris-says 0\.3\.2 source - crates\.io/);

  // The file tree is a widget: opening another file keeps focus in the tree.
  const files = page.getByRole('navigation', { name: 'Files' });
  await files.getByRole('button', { name: 'tests/' }).focus();
  await page.keyboard.press('Enter');
  await files.getByRole('link', { name: 'say.rs' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/code\/tests\/say\.rs$/);
  await expect(files.getByRole('link', { name: 'say.rs' })).toBeFocused();

  // Selecting a line (hash only) keeps focus on the line number.
  const code = page.getByRole('region', { name: 'Contents of tests/say.rs' });
  await code.getByRole('link', { name: 'Line 2', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#L2$/);
  await expect(code.getByRole('link', { name: 'Line 2', exact: true })).toBeFocused();
});
