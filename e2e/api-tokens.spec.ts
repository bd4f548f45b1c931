import { expect, test } from './fixtures';

test.describe('API tokens', () => {
  test.beforeEach(async ({ login }) => {
    await login();
  });

  test('/settings/tokens lists tokens newest first with expired ones apart', async ({
    page,
    audit,
  }) => {
    await page.goto('/settings/tokens');
    const active = page.getByRole('list', { name: 'Active tokens' });
    await expect(active.getByRole('heading')).toHaveCount(5);
    const names = await active.getByRole('heading').allTextContents();
    expect(names).toEqual([
      'never used',
      'new crates only',
      'CI publish',
      'shell-quote release (old laptop)',
      'laptop (legacy, full access)',
    ]);
    const ci = page.getByRole('article', { name: 'Token CI publish' });
    await expect(ci).toContainText('Scopes: publish-update and yank');
    await expect(ci).toContainText('Crates: ferris-says and crab-*');
    await expect(ci).toContainText('Expires in 29 days');
    await expect(page.getByRole('article', { name: 'Token never used' })).toContainText(
      'Never used',
    );
    const expired = page.getByRole('list', { name: 'Expired tokens' });
    await expect(expired.getByRole('article', { name: 'Token old release bot' })).toContainText(
      'Expired 10 days ago',
    );
    await expect(expired.getByRole('button', { name: /Revoke/ })).toHaveCount(0);
    await audit();
  });

  test('revoking asks first, then removes the token', async ({ page, registry, audit }) => {
    await page.goto('/settings/tokens');
    await page.getByRole('button', { name: 'Revoke token never used' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke the token "never used"?' });
    await expect(dialog).toBeVisible();
    await audit();
    await dialog.getByRole('button', { name: 'Revoke token' }).click();
    await expect(page.getByRole('article', { name: 'Token never used' })).toHaveCount(0);
    expect(registry.db.tokens.some((t) => t.name === 'never used')).toBe(false);
  });

  test('a failed revoke keeps the row and says why', async ({ page, registry }) => {
    registry.fault('revoke_api_token', {
      kind: 'status',
      status: 500,
      detail: 'token storage unavailable',
    });
    await page.goto('/settings/tokens');
    await page.getByRole('button', { name: 'Revoke token never used' }).click();
    await page
      .getByRole('dialog', { name: 'Revoke the token "never used"?' })
      .getByRole('button', { name: 'Revoke token' })
      .click();
    const row = page.getByRole('article', { name: 'Token never used' });
    await expect(row.getByRole('alert')).toContainText('token storage unavailable');
  });

  test('the new-token form validates names, scopes and crate patterns', async ({ page, audit }) => {
    await page.goto('/settings/tokens/new');
    await expect(page.getByText(/^The token will expire on /)).toBeVisible();
    await page.getByRole('button', { name: 'Generate Token' }).click();
    await expect(page.getByText('Please enter a name for this token.')).toBeVisible();
    await expect(page.getByText('Please select at least one token scope.')).toBeVisible();
    await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');

    await page.getByRole('button', { name: 'Add pattern' }).click();
    const pattern = page.getByLabel('Crate name pattern 1');
    await pattern.fill('inv@lid');
    await expect(page.getByText('Invalid crate name pattern')).toBeVisible();
    await pattern.fill('serde');
    await expect(page.getByText('Matches only the serde crate')).toBeVisible();
    await pattern.fill('serde-*');
    await expect(page.getByText('Matches all crates starting with serde-')).toBeVisible();

    await page.getByLabel('Expiration').selectOption('none');
    await expect(page.getByText('The token will never expire.')).toBeVisible();
    await audit();
  });

  test('a new token is shown once, and its plaintext is gone after leaving the page', async ({
    page,
    registry,
    audit,
  }) => {
    const logged: string[] = [];
    page.on('console', (message) => logged.push(message.text()));
    await page.goto('/settings/tokens/new');
    await page.getByLabel('Name', { exact: true }).fill('release workflow');
    await page.getByRole('checkbox', { name: /publish-update/ }).check();
    await page.getByRole('button', { name: 'Generate Token' }).click();

    const plaintext = await page.getByTestId('new-token').textContent();
    const stored = registry.db.tokens.find((t) => t.name === 'release workflow');
    expect(plaintext).toBe(stored?.token);
    await expect(page.getByText('Make sure to copy your API token now.')).toBeVisible();
    await audit();

    await page.getByRole('link', { name: 'Back to your tokens' }).click();
    await expect(page.getByRole('article', { name: 'Token release workflow' })).toBeVisible();
    const secret = plaintext ?? 'missing';
    expect(await page.content()).not.toContain(secret);
    const leaked = await page.evaluate(
      (s) =>
        [
          JSON.stringify({ ...localStorage }),
          JSON.stringify({ ...sessionStorage }),
          JSON.stringify(history.state),
          location.href,
        ].some((text) => text.includes(s)),
      secret,
    );
    expect(leaked).toBe(false);
    const cookies = await page.context().cookies();
    expect(cookies.filter((cookie) => cookie.value.includes(secret))).toEqual([]);
    expect(logged.filter((text) => text.includes(secret))).toEqual([]);
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'New API Token' })).toBeVisible();
    expect(await page.content()).not.toContain(secret);
  });

  test('a refused creation keeps what was typed', async ({ page, registry }) => {
    registry.fault('create_api_token', {
      kind: 'status',
      status: 400,
      detail: 'maximum tokens per user is: 500',
    });
    await page.goto('/settings/tokens/new');
    await page.getByLabel('Name', { exact: true }).fill('one too many');
    await page.getByRole('checkbox', { name: /yank/ }).check();
    await page.getByRole('button', { name: 'Generate Token' }).click();
    await expect(page.getByRole('alert')).toContainText('maximum tokens per user is: 500');
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('one too many');
    await expect(page.getByRole('checkbox', { name: /yank/ })).toBeChecked();
  });

  test('Regenerate pre-fills the form from the old token', async ({ page }) => {
    await page.goto('/settings/tokens');
    await page.getByRole('link', { name: 'Regenerate token CI publish' }).click();
    await expect(page).toHaveURL(/\/settings\/tokens\/new\?from=\d+$/);
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('CI publish');
    await expect(page.getByRole('checkbox', { name: /publish-update/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^yank/ })).toBeChecked();
    await expect(page.getByLabel('Crate name pattern 2')).toHaveValue('crab-*');
  });

  test('an unknown token to regenerate says so', async ({ page }) => {
    await page.goto('/settings/tokens/new?from=999999');
    await expect(page.getByRole('heading', { name: 'Token not found' })).toBeVisible();
  });
});
