import { expect, test } from './fixtures';

test.describe('account', () => {
  test('a private page asks to log in instead of failing', async ({ page, audit }) => {
    await page.goto('/dashboard');
    await expect(page.getByRole('heading', { name: 'Log in to see this page' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('button', { name: /Log in/ })).toBeVisible();
    await audit();
  });

  test('/dashboard shows downloads, my crates, followed crates and updates', async ({
    page,
    login,
    audit,
  }) => {
    await login();
    await page.goto('/dashboard');
    await expect(page.getByRole('heading', { name: 'My Dashboard' })).toBeVisible();
    const mine = page.getByRole('region', { name: /My Crates/ });
    await expect(mine.getByRole('link', { name: /ferris-says/ })).toBeVisible();
    const followed = page.getByRole('region', { name: /Followed Crates/ });
    await expect(followed.getByRole('link', { name: /anyhow/ })).toBeVisible();
    await expect(followed.getByRole('link', { name: 'Show all followed crates' })).toHaveAttribute(
      'href',
      '/me/following',
    );
    const updates = page.getByRole('region', { name: 'Latest Updates' });
    await expect(updates.getByRole('listitem')).toHaveCount(10);
    await updates.getByRole('button', { name: 'Load more' }).click();
    await expect(updates.getByRole('listitem')).toHaveCount(20);
    await audit();
  });

  test('/me/following lists followed crates, sortable', async ({ page, login, audit }) => {
    await login();
    await page.goto('/me/following');
    await expect(page.getByText(/Displaying 1–8 of 8/)).toBeVisible();
    await page.getByLabel('Sort by').selectOption('downloads');
    await expect(page).toHaveURL(/sort=downloads/);
    await audit();
  });

  test('/me and /settings redirect as on crates.io', async ({ page, login }) => {
    await login();
    await page.goto('/me');
    await expect(page).toHaveURL(/\/settings\/tokens$/);
    await page.goto('/settings');
    await expect(page).toHaveURL(/\/settings\/profile$/);
    await page.goto('/me/crates');
    await expect(page).toHaveURL(/\/users\/ferris-demo$/);
  });

  test('changing the email validates it, saves it and asks to verify it', async ({
    page,
    login,
    registry,
    audit,
  }) => {
    await login();
    await page.goto('/settings/profile');
    await expect(page.getByText('ferris@example.com')).toBeVisible();
    await page.getByRole('button', { name: 'Edit' }).click();
    const field = page.getByLabel('Email address');
    await field.fill('not-an-email');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Please enter a valid email address')).toBeVisible();
    await audit();
    await field.fill('ferris@new.example');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Unverified')).toBeVisible();
    await expect(page.getByText(/We have sent a verification email/)).toBeVisible();
    expect(registry.db.userByLogin('ferris-demo')?.email).toBe('ferris@new.example');
    await page.getByRole('button', { name: 'Resend verification email' }).click();
    await expect(page.getByRole('button', { name: 'Sent!' })).toBeDisabled();
  });

  test('a refused email keeps what was typed and shows the API message', async ({
    page,
    login,
    registry,
  }) => {
    await login();
    registry.fault('update_user', { kind: 'status', status: 400, detail: 'invalid email address' });
    await page.goto('/settings/profile');
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Email address').fill('ferris@else.example');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Error in saving email: invalid email address',
    );
    await expect(page.getByLabel('Email address')).toHaveValue('ferris@else.example');
  });

  test('publish notifications can be switched off', async ({ page, login, registry }) => {
    await login();
    await page.goto('/settings/profile');
    await page.getByRole('checkbox', { name: /Publish notifications/ }).uncheck();
    await page.getByRole('button', { name: 'Update preferences' }).click();
    await expect(page.getByText('Your notification settings were saved.')).toBeVisible();
    expect(registry.db.userByLogin('ferris-demo')?.publish_notifications).toBe(false);
  });

  test('/confirm/:token confirms the email, logged out too', async ({ page, registry, audit }) => {
    const demo = registry.db.userByLogin('ferris-demo');
    if (demo) demo.email_verified = false;
    registry.db.emailTokens.set('email-token-1', demo?.id ?? 0);
    await page.goto('/confirm/email-token-1');
    await expect(page.getByText('Thank you for confirming your email! :)')).toBeVisible();
    expect(registry.db.userByLogin('ferris-demo')?.email_verified).toBe(true);
    await audit();
    await page.goto('/confirm/nope');
    await expect(page.getByRole('alert')).toContainText('Email belonging to token not found.');
  });

  test('pending invitations can be accepted or declined', async ({
    page,
    login,
    registry,
    audit,
  }) => {
    await login();
    await page.goto('/me/pending-invites');
    const invitations = page.getByRole('article', { name: /^Invitation to own/ });
    await expect(invitations).toHaveCount(3);
    await audit();
    const demo = registry.db.userByLogin('ferris-demo');
    const pending = registry.db.invitations.filter(
      (i) => i.invitee_id === demo?.id && Date.parse(i.expires_at) > registry.db.now.getTime(),
    );
    const [first, second] = pending.map((i) => registry.db.crateById(i.crate_id)?.name ?? '');
    const invitedBy = pending.map((i) => {
      const inviter = registry.db.userById(i.inviter_id);
      return `Invited by ${inviter?.name ?? inviter?.login}`;
    });
    const firstRow = page.getByRole('article', { name: `Invitation to own ${first}` });
    await firstRow.getByRole('button', { name: 'Accept' }).click();
    await expect(firstRow).toContainText(
      `Success! You've been added as an owner of crate ${first}.`,
    );
    await expect(firstRow).toContainText(invitedBy[0] ?? '');
    const secondRow = page.getByRole('article', { name: `Invitation to own ${second}` });
    await secondRow.getByRole('button', { name: 'Decline' }).click();
    await expect(secondRow).toContainText(
      `Declined. You have not been added as an owner of crate ${second}.`,
    );
    await expect(secondRow).toContainText(invitedBy[1] ?? '');
    await expect(firstRow).toContainText(invitedBy[0] ?? '');

    await page.goto('/dashboard');
    await expect(page.getByRole('region', { name: /My Crates/ })).toContainText(/\(6\)/);
  });

  test('an expired invitation shows the API message', async ({ page, login, registry }) => {
    await login();
    await page.goto('/me/pending-invites');
    const demo = registry.db.userByLogin('ferris-demo');
    const expired = registry.db.invitations.find(
      (i) => i.invitee_id === demo?.id && Date.parse(i.expires_at) <= registry.db.now.getTime(),
    );
    const name = registry.db.crateById(expired?.crate_id ?? 0)?.name ?? '';
    const row = page.getByRole('article', { name: `Invitation to own ${name}` });
    await row.getByRole('button', { name: 'Accept' }).click();
    await expect(row.getByRole('alert')).toContainText('expired');
  });

  test('/accept-invite/:token accepts an emailed invitation', async ({ page, registry, audit }) => {
    const demo = registry.db.userByLogin('ferris-demo');
    const invitation = registry.db.invitations.find(
      (i) => i.invitee_id === demo?.id && Date.parse(i.expires_at) > registry.db.now.getTime(),
    );
    await page.goto(`/accept-invite/${invitation?.token}`);
    await expect(page.getByRole('status')).toContainText('You are now an owner');
    await expect(
      page.getByRole('link', { name: 'see your crates on your dashboard' }),
    ).toBeVisible();
    await audit();
    await page.goto('/accept-invite/unknown-token');
    await expect(page.getByRole('alert')).toContainText(
      'This invitation has already been used or has expired',
    );
    await audit();
    await page.getByRole('link', { name: 'See your pending invitations' }).click();
    await expect(page).toHaveURL(/\/me\/pending-invites$/);
  });
});
