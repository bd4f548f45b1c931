// Every mutation flow by keyboard alone: Tab, Enter, Space and typing. focus()
// only puts the keyboard at a known starting point; nothing is clicked.
// (Also by keyboard elsewhere: revoking from the security console, the command
// palette, admin yanks, trusted-publishing next steps.)
import { expect, test } from './fixtures';

test.describe('mutations by keyboard only', () => {
  test('tokens: create one, then revoke it', async ({ page, login, registry }) => {
    await login();
    await page.goto('/settings/tokens/new');
    await page.getByLabel('Name', { exact: true }).focus();
    await page.keyboard.type('keyboard token');
    await page.getByRole('checkbox', { name: /publish-update/ }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Generate Token' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Make sure to copy your API token now.')).toBeVisible();
    expect(registry.db.tokens.some((t) => t.name === 'keyboard token')).toBe(true);

    await page.getByRole('link', { name: 'Back to your tokens' }).focus();
    await page.keyboard.press('Enter');
    const row = page.getByRole('article', { name: 'Token keyboard token' });
    await row.getByRole('button', { name: 'Revoke token keyboard token' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Revoke the token "keyboard token"?' });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Revoke token' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(row).toHaveCount(0);
    await expect(dialog).toHaveCount(0);
    expect(registry.db.tokens.some((t) => t.name === 'keyboard token')).toBe(false);
  });

  test('invitations: accept one, decline another; the user menu says how many are left', async ({
    page,
    login,
    registry,
  }) => {
    await login();
    await page.goto('/me/pending-invites');
    const menu = page.locator('summary');
    await expect(menu).toHaveAccessibleName('ferris-demo, 3 pending owner invitations');
    const rows = page.getByRole('article', { name: /^Invitation to own/ });
    await expect(rows).toHaveCount(3);
    const accept = rows.getByRole('button', { name: 'Accept' });
    const first = rows.nth(0);
    const second = rows.nth(1);
    const [firstName, secondName] = await Promise.all(
      [first, second].map(async (row) =>
        ((await row.getAttribute('aria-label')) ?? '').replace('Invitation to own ', ''),
      ),
    );
    await accept.first().focus();
    await page.keyboard.press('Enter');
    await expect(first).toContainText(
      `Success! You've been added as an owner of crate ${firstName}.`,
    );
    await second.getByRole('button', { name: 'Decline' }).focus();
    await page.keyboard.press('Space');
    await expect(second).toContainText(
      `Declined. You have not been added as an owner of crate ${secondName}.`,
    );
    await expect(menu).toHaveAccessibleName('ferris-demo, 1 pending owner invitation');
    const demo = registry.db.userByLogin('ferris-demo');
    expect(registry.db.invitations.filter((i) => i.invitee_id === demo?.id)).toHaveLength(1);
  });

  test('crate settings: invite an owner, remove one, remove a trusted publisher', async ({
    page,
    login,
    registry,
  }) => {
    await login();
    await page.goto('/crates/ferris-says/settings');
    await page.getByLabel(/GitHub login of a user/).focus();
    await page.keyboard.type('dtolnay');
    await page.keyboard.press('Enter');
    await expect(page.getByText('An invite has been sent to dtolnay.')).toBeVisible();

    // No dialog is in the page until one is asked for.
    await expect(page.locator('dialog')).toHaveCount(0);
    await page.getByRole('button', { name: 'Remove Manishearth' }).focus();
    await page.keyboard.press('Enter');
    const owner = page.getByRole('dialog', {
      name: 'Remove Manishearth as an owner of ferris-says?',
    });
    await expect(owner.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Manishearth was removed as a crate owner.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remove Manishearth' })).toHaveCount(0);

    const github = page.getByRole('button', { name: /Remove GitHub publisher/ });
    await github.focus();
    await page.keyboard.press('Enter');
    const publisher = page.getByRole('dialog', { name: 'Remove this trusted publisher?' });
    await expect(publisher).toContainText('Repository: ferris-demo/ferris-says');
    // Escape backs out and gives focus back to the button.
    await page.keyboard.press('Escape');
    await expect(publisher).toHaveCount(0);
    await expect(github).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(publisher.getByRole('button', { name: 'Remove publisher' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(github).toHaveCount(0);
    expect(registry.db.githubConfigs.some((c) => c.workflow_filename === 'release.yml')).toBe(
      false,
    );
  });

  test('trusted publishing: add a GitHub publisher', async ({ page, login, registry }) => {
    await login();
    await page.goto('/crates/ferris-says/settings/new-trusted-publisher');
    await expect(page.getByRole('radio', { name: 'GitHub Actions' })).toBeChecked();
    await page.getByLabel('Workflow filename').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('keyboard.yml');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('region', { name: 'Trusted publisher saved: next steps' }),
    ).toBeVisible();
    expect(registry.db.githubConfigs.some((c) => c.workflow_filename === 'keyboard.yml')).toBe(
      true,
    );
  });

  test('versions: yank with a reason, then unyank', async ({ page, login }) => {
    await login();
    await page.goto('/crates/ferris-says/versions');
    const row = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: '0.3.2', exact: true }) });
    await expect(row.getByRole('button', { name: 'Yank 0.3.2' })).toBeVisible();
    // One Yank button per version, and not one dialog.
    await expect(page.locator('dialog')).toHaveCount(0);
    await row.getByRole('button', { name: 'Yank 0.3.2' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Yank ferris-says 0.3.2?' });
    await expect(dialog.getByLabel(/Reason/)).toBeFocused();
    await page.keyboard.type('broken by keyboard');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Yank version' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(row.getByText('Yanked: broken by keyboard')).toBeVisible();
    await row.getByRole('button', { name: 'Unyank 0.3.2' }).focus();
    await page.keyboard.press('Enter');
    await expect(row.getByRole('button', { name: 'Yank 0.3.2' })).toBeVisible();
    await expect(row.getByText('Yanked: broken by keyboard')).toHaveCount(0);
  });

  test('a crate page: follow, then unfollow', async ({ page, login, registry }) => {
    await login();
    await page.goto('/crates/hex');
    await page.getByRole('button', { name: 'Follow' }).focus();
    await page.keyboard.press('Enter');
    const unfollow = page.getByRole('button', { name: 'Unfollow' });
    await expect(unfollow).toHaveAttribute('aria-pressed', 'true');
    await expect(unfollow).toBeFocused();
    const hex = registry.db.crateByName('hex');
    const demo = registry.db.userByLogin('ferris-demo');
    expect(registry.db.followedBy(demo?.id ?? 0).has(hex?.id ?? 0)).toBe(true);
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Follow' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(registry.db.followedBy(demo?.id ?? 0).has(hex?.id ?? 0)).toBe(false);
  });

  test('profile: change the email address', async ({ page, login, registry }) => {
    await login();
    await page.goto('/settings/profile');
    await page.getByRole('button', { name: 'Edit' }).focus();
    await page.keyboard.press('Enter');
    const field = page.getByLabel('Email address');
    await field.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('ferris@keyboard.example');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Unverified')).toBeVisible();
    expect(registry.db.userByLogin('ferris-demo')?.email).toBe('ferris@keyboard.example');
  });
});
