import { expect, test } from './fixtures';

test.describe('command palette and shortcuts', () => {
  test('Ctrl+K loads the palette on first use; search, arrows and Enter go; Escape returns focus', async ({
    page,
    audit,
  }) => {
    const chunks: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/command-palette-[^/]*\.js$/.test(r.url())) chunks.push(r.url());
    });
    await page.goto('/crates/serde');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('serde');
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Most Downloaded' })).toBeVisible();
    expect(chunks).toEqual([]);

    const browse = page.getByRole('link', { name: /^Browse/ });
    await browse.focus();
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    const input = palette.getByRole('combobox', { name: 'Search crates and pages' });
    await expect(input).toBeFocused();
    expect(chunks).toHaveLength(1);
    // Empty: recently visited crates, then pages.
    const recent = palette.getByRole('group', { name: 'Recent crates' });
    await expect(recent.getByRole('option')).toHaveText(['serde']);
    await expect(palette.getByRole('group', { name: 'Pages' })).toContainText('Compare crates');
    await audit();
    await page.emulateMedia({ colorScheme: 'dark' });
    await audit();
    await page.emulateMedia({ colorScheme: 'light' });
    // Focus stays in the dialog.
    await page.keyboard.press('Tab');
    await expect(input).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(palette).toHaveCount(0);
    await expect(browse).toBeFocused();

    await page.keyboard.press('Control+k');
    await page.keyboard.type('tokio');
    const first = palette.getByRole('group', { name: 'Crates' }).getByRole('option').first();
    await expect(first).toContainText('tokio');
    await expect(first).toContainText('An event-driven, non-blocking I/O platform');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('ArrowUp');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute(
      'aria-activedescendant',
      (await first.getAttribute('id')) ?? '',
    );
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/crates\/tokio$/);
    await expect(palette).toHaveCount(0);

    // On a crate page the palette offers that crate's tabs; it works from inside the search box.
    const search = page.getByRole('searchbox', { name: 'Search crates' });
    await search.focus();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('versions');
    const tab = palette.getByRole('group', { name: 'This crate' }).getByRole('option');
    await expect(tab).toHaveText(['tokio: Versions']);
    await page.keyboard.press('ArrowDown');
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/crates\/tokio\/versions$/);
    expect(chunks).toHaveLength(1);
  });

  test('? lists the shortcuts; g r, g v, g d, g f move between crate tabs; nothing fires while typing', async ({
    page,
    audit,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/crates/serde');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('serde');
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help.getByRole('row', { name: /g v/ })).toContainText(
      'On a crate page: go to its Versions',
    );
    await audit();
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);

    await page.keyboard.press('g');
    await page.keyboard.press('v');
    await expect(page).toHaveURL(/\/crates\/serde\/versions$/);
    await page.keyboard.press('g');
    await page.keyboard.press('d');
    await expect(page).toHaveURL(/\/crates\/serde\/[^/]+\/dependencies$/);
    await page.keyboard.press('g');
    await page.keyboard.press('f');
    await expect(page).toHaveURL(/\/crates\/serde\/features$/);
    await page.keyboard.press('g');
    await page.keyboard.press('r');
    await expect(page).toHaveURL(/\/crates\/serde$/);

    // Typing in a field: letters are text, not shortcuts.
    const search = page.getByRole('searchbox', { name: 'Search crates' });
    await search.focus();
    await page.keyboard.type('gv?');
    await expect(search).toHaveValue('gv?');
    await expect(page).toHaveURL(/\/crates\/serde$/);
    await expect(help).toHaveCount(0);
    // `s` and `/` still focus the search box.
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('/');
    await expect(search).toBeFocused();

    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await expect(palette.getByRole('group', { name: 'This crate' })).toContainText(
      'serde: Features',
    );
    await audit();
  });
});
