import { expect, test } from './fixtures';

test.describe('crate settings', () => {
  test('logged out, /crates/:name/settings asks to log in', async ({ page }) => {
    await page.goto('/crates/ferris-says/settings');
    await expect(page.getByRole('heading', { name: 'Log in to see this page' })).toBeVisible();
  });

  test('a non-owner is told only owners can see it, and sees no Settings tab', async ({
    page,
    login,
    audit,
  }) => {
    await login();
    await page.goto('/crates/serde');
    await expect(
      page
        .getByRole('navigation', { name: 'serde crate subpages' })
        .getByRole('link', { name: 'Settings' }),
    ).toHaveCount(0);
    await page.goto('/crates/serde/settings');
    await expect(
      page.getByRole('heading', { name: 'This page is only accessible by crate owners' }),
    ).toBeVisible();
    await audit();
  });

  test('an owner sees owners, trusted publishers and the danger zone', async ({
    page,
    login,
    audit,
  }) => {
    await login();
    await page.goto('/crates/ferris-says');
    await page
      .getByRole('navigation', { name: 'ferris-says crate subpages' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await expect(page).toHaveURL(/\/crates\/ferris-says\/settings$/);
    await expect(page.getByRole('heading', { name: 'Owners' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remove Manishearth' })).toBeVisible();
    const publishers = page.getByRole('table', { name: 'Trusted publishers of ferris-says' });
    await expect(publishers).toContainText('Repository: ferris-demo/ferris-says');
    await expect(publishers).toContainText('Workflow: release.yml');
    await expect(publishers).toContainText('Environment: release');
    await expect(publishers).toContainText('Project: ferris-demo/ferris-says');
    await expect(page.getByRole('link', { name: 'Delete this crate…' })).toBeVisible();
    await audit();
  });

  test('inviting a user, adding a team, and an unknown login', async ({
    page,
    login,
    registry,
  }) => {
    await login();
    await page.goto('/crates/ferris-says/settings');
    const field = page.getByLabel(/GitHub login of a user/);
    await field.fill('dtolnay');
    await page.getByRole('button', { name: 'Invite' }).click();
    await expect(page.getByText('An invite has been sent to dtolnay.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Pending invitations' })).toContainText(
      'dtolnay was invited',
    );

    await field.fill('github:serde-rs:publish');
    await page.getByRole('button', { name: 'Add team' }).click();
    await expect(
      page.getByText('Team github:serde-rs:publish was added as a crate owner.'),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Remove github:serde-rs:publish' }),
    ).toBeVisible();

    await field.fill('nobody-at-all');
    await page.getByRole('button', { name: 'Invite' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'could not find user with login `nobody-at-all`',
    );
    await expect(field).toHaveValue('nobody-at-all');
    const crate = registry.db.crateByName('ferris-says');
    expect(registry.db.invitations.some((i) => i.crate_id === crate?.id)).toBe(true);
  });

  test('removing an owner asks first; the last owner cannot be removed', async ({
    page,
    login,
  }) => {
    await login();
    await page.goto('/crates/ferris-says/settings');
    await page.getByRole('button', { name: 'Remove Manishearth' }).click();
    await page
      .getByRole('dialog', { name: 'Remove Manishearth as an owner of ferris-says?' })
      .getByRole('button', { name: 'Remove owner' })
      .click();
    await expect(page.getByText('Manishearth was removed as a crate owner.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remove Manishearth' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Remove ferris-demo' }).click();
    await page
      .getByRole('dialog', { name: 'Remove ferris-demo as an owner of ferris-says?' })
      .getByRole('button', { name: 'Remove owner' })
      .click();
    await expect(page.getByRole('alert')).toContainText('cannot remove all individual owners');
  });

  test('a trusted publisher can be removed, and "require" warns without one', async ({
    page,
    login,
  }) => {
    await login();
    await page.goto('/crates/ferris-says/settings');
    for (const name of [/Remove GitHub publisher/, /Remove GitLab publisher/]) {
      await page.getByRole('button', { name }).click();
      await page
        .getByRole('dialog', { name: 'Remove this trusted publisher?' })
        .getByRole('button', { name: 'Remove publisher' })
        .click();
      await expect(page.getByRole('button', { name })).toHaveCount(0);
    }
    await expect(page.getByText('No trusted publishers configured for this crate.')).toBeVisible();
    // click(), not check(): the switch shows the saved value until the mutation
    // reports pending, which check() can read as "did not change".
    await page.getByRole('checkbox', { name: /Require trusted publishing/ }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Publishing to this crate is currently blocked.',
    );
  });

  test('a failed removal keeps the publisher and shows the API detail', async ({
    page,
    login,
    registry,
  }) => {
    await login();
    registry.fault('delete_trustpub_github_config', {
      kind: 'status',
      status: 500,
      detail: 'Server error',
    });
    await page.goto('/crates/ferris-says/settings');
    await page.getByRole('button', { name: /Remove GitHub publisher/ }).click();
    await page
      .getByRole('dialog', { name: 'Remove this trusted publisher?' })
      .getByRole('button', { name: 'Remove publisher' })
      .click();
    await expect(page.getByRole('alert')).toContainText('Server error');
    await expect(page.getByRole('button', { name: /Remove GitHub publisher/ })).toBeVisible();
  });

  test('read-only mode disables owner actions with an explanation', async ({
    page,
    login,
    registry,
  }) => {
    await login();
    registry.setReadOnly(true);
    await page.goto('/crates/ferris-says/settings');
    await expect(page.getByRole('note')).toContainText('read-only mode');
    await expect(page.getByRole('button', { name: 'Remove Manishearth' })).toBeDisabled();
  });
});

test.describe('new trusted publisher', () => {
  test('GitLab fields are pre-filled from a nested-group repository URL', async ({
    page,
    login,
    audit,
  }) => {
    await login();
    await page.goto('/crates/crab-config/settings/new-trusted-publisher');
    await expect(page.getByRole('radio', { name: 'GitLab CI' })).toBeChecked();
    await expect(page.getByLabel('Namespace')).toHaveValue('ferris-labs/configs');
    await expect(page.getByLabel('Project name')).toHaveValue('crab-config');
    await expect(page.getByRole('heading', { name: 'Example .gitlab-ci.yml' })).toBeVisible();
    await audit();
  });

  test('GitHub needs a workflow file name, not a path; after saving, the workflow and skippable next steps', async ({
    page,
    login,
    registry,
    audit,
  }) => {
    await login();
    await page.goto('/crates/ferris-says/settings/new-trusted-publisher');
    await expect(page.getByLabel('Repository owner')).toHaveValue('rust-lang');
    await expect(page.getByLabel('Repository name')).toHaveValue('ferris-says');
    const workflow = page.getByLabel('Workflow filename');
    await workflow.fill('.github/workflows/release.yml');
    await page.getByRole('button', { name: 'Add' }).click();
    await expect(page.getByText(/Enter only the file name/)).toBeVisible();
    await expect(workflow).toHaveAttribute('aria-invalid', 'true');
    await audit();
    await workflow.fill('publish.yml');
    await page.getByLabel('Environment (optional)').fill('crates-io');
    await expect(
      page.getByRole('heading', { name: 'Example .github/workflows/publish.yml' }),
    ).toBeVisible();
    await expect(page.locator('pre')).toContainText('environment: crates-io');
    await page.getByRole('button', { name: 'Add' }).press('Enter');

    const steps = page.getByRole('region', { name: 'Trusted publisher saved: next steps' });
    const first = steps.getByRole('listitem', {
      name: '1. Add .github/workflows/publish.yml to the repository',
    });
    const yaml = first.locator('pre');
    await expect(yaml).toContainText('environment: crates-io');
    await expect(yaml).toContainText('id-token: write');
    await expect(yaml).toContainText('uses: rust-lang/crates-io-auth-action@v1');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      first.getByRole('button', { name: 'Download publish.yml' }).press('Enter'),
    ]);
    expect(file.suggestedFilename()).toBe('publish.yml');
    await expect(steps.getByRole('listitem', { name: /^2\./ })).toContainText(
      'You have no API tokens limited to ferris-says.',
    );
    await audit();
    // Every step can be skipped, by keyboard.
    const skip = steps.getByRole('button', { name: 'Skip this step: Require trusted publishing' });
    await skip.press('Enter');
    await expect(
      steps.getByRole('listitem', { name: '3. Require trusted publishing' }),
    ).toContainText('Skipped.');
    await expect(page.getByRole('checkbox', { name: 'Require trusted publishing' })).toHaveCount(0);
    expect(registry.db.githubConfigs.some((c) => c.workflow_filename === 'publish.yml')).toBe(true);
    expect(registry.db.crateByName('ferris-says')?.trustpub_only).toBe(false);
    await steps.getByRole('link', { name: 'Done: back to ferris-says settings' }).press('Enter');
    await expect(page).toHaveURL(/\/crates\/ferris-says\/settings$/);
    await expect(page.getByRole('table', { name: /Trusted publishers/ })).toContainText(
      'Workflow: publish.yml',
    );
  });

  test('after saving, tokens limited to the crate are revoked and trusted publishing required, by keyboard', async ({
    page,
    login,
    registry,
  }) => {
    await login();
    await page.goto('/crates/shell-quote-rs/settings/new-trusted-publisher');
    await expect(page.getByRole('radio', { name: 'GitLab CI' })).toBeChecked();
    await expect(page.getByLabel('Namespace')).toHaveValue('ferris-demo');
    await page.getByRole('button', { name: 'Add' }).press('Enter');
    const steps = page.getByRole('region', { name: 'Trusted publisher saved: next steps' });
    await expect(steps.locator('pre').first()).toContainText('aud: crates.io');
    await steps
      .getByRole('button', { name: 'Revoke token shell-quote release (old laptop)' })
      .press('Enter');
    await expect(steps).toContainText('Revoked “shell-quote release (old laptop)”.');
    expect(registry.db.tokens.some((t) => t.name === 'shell-quote release (old laptop)')).toBe(
      false,
    );
    // Tokens for other crates too are left alone.
    expect(registry.db.tokens.some((t) => t.name === 'CI publish')).toBe(true);
    const require = steps.getByRole('checkbox', { name: 'Require trusted publishing' });
    await require.press('Space');
    await expect(require).toBeChecked();
    await expect.poll(() => registry.db.crateByName('shell-quote-rs')?.trustpub_only).toBe(true);
  });

  test('an API refusal keeps the form filled', async ({ page, login, registry }) => {
    await login();
    registry.fault('create_trustpub_github_config', {
      kind: 'status',
      status: 403,
      detail: 'You must verify your email address to create a Trusted Publishing config',
    });
    await page.goto('/crates/ferris-says/settings/new-trusted-publisher');
    await page.getByRole('button', { name: 'Add' }).click();
    await expect(page.getByRole('alert')).toContainText('You must verify your email address');
    await expect(page.getByLabel('Repository name')).toHaveValue('ferris-says');
  });
});

test.describe('yank and unyank', () => {
  test('an owner yanks with a message and unyanks; labels and the default version follow', async ({
    page,
    login,
    registry,
    audit,
  }) => {
    await login();
    await page.goto('/crates/ferris-says/versions');
    const crate = registry.db.crateByName('ferris-says');
    const newest =
      [...registry.db.versionsOf(crate?.id ?? 0)].sort((a, b) => b.id - a.id)[0]?.num ?? '';
    await page.getByRole('button', { name: `Yank ${newest}` }).click();
    const dialog = page.getByRole('dialog', { name: `Yank ferris-says ${newest}?` });
    await dialog.getByLabel(/Reason/).fill('broken build');
    await audit();
    await dialog.getByRole('button', { name: 'Yank version' }).click();
    const row = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: newest, exact: true }) });
    await expect(row.getByText('Yanked: broken build')).toBeVisible();
    await expect(row.getByText('latest')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).not.toContainText(`v${newest}`);
    await row.getByRole('button', { name: `Unyank ${newest}` }).click();
    await expect(row.getByText('latest')).toBeVisible();
  });

  test('non-owners see no yank controls', async ({ page, login }) => {
    await login();
    await page.goto('/crates/serde/versions');
    await expect(
      page.getByRole('list', { name: 'Versions of serde' }).getByRole('listitem').first(),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /^Yank / })).toHaveCount(0);
  });
});

test.describe('rebuild docs and delete', () => {
  test('rebuilding docs asks to confirm and reports success', async ({ page, login, audit }) => {
    await login();
    await page.goto('/crates/ferris-says/versions');
    await page
      .getByRole('link', { name: /^Rebuild docs of/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { name: 'Rebuild Documentation' })).toBeVisible();
    await audit();
    await page.getByRole('button', { name: 'Confirm Rebuild' }).click();
    await expect(page.getByText('Docs rebuild task was enqueued successfully!')).toBeVisible();
  });

  test('deleting needs a reason and a confirmation; a refusal is shown', async ({
    page,
    login,
    registry,
    audit,
  }) => {
    await login();
    registry.fault('delete_crate', {
      kind: 'status',
      status: 422,
      detail: 'only crates without reverse dependencies can be deleted after 72 hours',
      times: 1,
    });
    await page.goto('/crates/ferris-scratch/delete');
    const button = page.getByRole('button', { name: 'Delete this crate' });
    // Never disabled: submitting early says what is missing, next to each field.
    await button.click();
    await expect(page.getByLabel('Reason')).toHaveAccessibleDescription(
      'Please give a reason for deleting this crate. Why is ferris-scratch being deleted? This is kept for the crates.io team.',
    );
    await expect(
      page.getByRole('checkbox', { name: /cannot be undone/ }),
    ).toHaveAccessibleDescription('Please confirm that you understand this cannot be undone.');
    expect(registry.db.crateByName('ferris-scratch')).toBeDefined();
    await page.getByLabel('Reason').fill('Published by mistake');
    await page.getByRole('checkbox', { name: /cannot be undone/ }).check();
    await audit();
    await button.click();
    await expect(page.getByRole('alert')).toContainText('only crates without reverse dependencies');
    await expect(page.getByLabel('Reason')).toHaveValue('Published by mistake');
    await button.click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole('region', { name: /My Crates/ })).not.toContainText(
      'ferris-scratch',
    );
    expect(registry.db.crateByName('ferris-scratch')).toBeUndefined();
  });
});

test.describe('owner action failures', () => {
  test('a refused yank says why and keeps the version as it was', async ({
    page,
    login,
    registry,
  }) => {
    await login();
    registry.fault('update_version', { kind: 'status', status: 500, detail: 'database is busy' });
    await page.goto('/crates/ferris-says/versions');
    const crate = registry.db.crateByName('ferris-says');
    const newest =
      [...registry.db.versionsOf(crate?.id ?? 0)].sort((a, b) => b.id - a.id)[0]?.num ?? '';
    await page.getByRole('button', { name: `Yank ${newest}` }).click();
    await page
      .getByRole('dialog', { name: `Yank ferris-says ${newest}?` })
      .getByRole('button', { name: 'Yank version' })
      .click();
    await expect(page.getByRole('alert')).toContainText(
      `Failed to yank ${newest}: database is busy`,
    );
    await expect(page.getByRole('button', { name: `Yank ${newest}` })).toBeEnabled();
  });

  test('a refused docs rebuild shows the API error; non-owners are refused', async ({
    page,
    login,
    registry,
  }) => {
    await login();
    registry.fault('rebuild_version_docs', {
      kind: 'status',
      status: 429,
      detail: 'too many rebuilds',
      retryAfter: 60,
    });
    const crate = registry.db.crateByName('ferris-says');
    const num = registry.db.versionsOf(crate?.id ?? 0)[0]?.num ?? '';
    await page.goto(`/crates/ferris-says/${num}/rebuild-docs`);
    await page.getByRole('button', { name: 'Confirm Rebuild' }).click();
    await expect(page.getByRole('alert')).toHaveText('Error: too many rebuilds');
    await page.goto('/crates/serde/1.0.219/rebuild-docs');
    await expect(
      page.getByRole('heading', { name: 'This page is only accessible by crate owners' }),
    ).toBeVisible();
  });

  test('logged out, the delete page asks to log in', async ({ page }) => {
    await page.goto('/crates/ferris-says/delete');
    await expect(page.getByRole('heading', { name: 'Log in to see this page' })).toBeVisible();
  });
});
