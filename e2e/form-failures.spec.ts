// Every form, when the registry says no: a 422 with the API's message, a 500 and
// a network failure each show the message next to the form, keep what was typed,
// and leave the page's data as it was. A second press while a request is in
// flight sends nothing more (requests counted as the browser sends them).
import type { Page } from '@playwright/test';
import type { FaultTarget, MockRegistry } from '../src/mocks/registry';
import { expect, test } from './fixtures';

const FAILURES = [
  {
    rule: { kind: 'status', status: 422, detail: 'the registry refuses this' },
    text: 'the registry refuses this',
  },
  { rule: { kind: 'status', status: 500 }, text: 'Internal Server Error' },
  { rule: { kind: 'network' }, text: 'Could not reach the registry. Check your connection.' },
] as const;

/** Submits once per failure; `check` asserts the message and what must be unchanged. */
async function walkFailures(
  registry: MockRegistry,
  op: FaultTarget,
  submit: () => Promise<void>,
  check: (text: string) => Promise<void>,
) {
  for (const { rule, text } of FAILURES) {
    registry.fault(op, { ...rule, times: 1 });
    await submit();
    await check(text);
  }
}

/** Counts the requests the page sends with this method to URLs matching `url`. */
function countRequests(page: Page, method: string, url: RegExp) {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.method() === method && url.test(request.url())) seen.push(request.url());
  });
  return () => seen.length;
}

test.describe('forms that fail lose nothing', () => {
  test('new API token', async ({ page, login, registry, audit }) => {
    await login();
    await page.goto('/settings/tokens/new');
    const name = page.getByLabel('Name', { exact: true });
    await name.fill('release bot');
    const scope = page.getByRole('checkbox', { name: /publish-update/ });
    await scope.check();
    const submit = page.getByRole('button', { name: 'Generate Token' });
    await walkFailures(
      registry,
      'create_api_token',
      () => submit.click(),
      async (text) => {
        await expect(page.getByRole('alert')).toHaveText(
          `An error occurred while generating your API token: ${text}`,
        );
        await expect(name).toHaveValue('release bot');
        await expect(scope).toBeChecked();
      },
    );
    await audit();
    const sent = countRequests(page, 'PUT', /\/api\/v1\/me\/tokens$/);
    registry.fault('create_api_token', { kind: 'hang', times: 1 });
    await submit.dblclick();
    await expect(submit).toBeDisabled();
    registry.faults.release();
    await expect(page.getByRole('heading', { name: 'Your new API token' })).toBeVisible();
    expect(sent()).toBe(1);
  });

  test('email change', async ({ page, login, registry }) => {
    await login();
    await page.goto('/settings/profile');
    await page.getByRole('button', { name: 'Edit' }).click();
    const field = page.getByLabel('Email address');
    await field.fill('ferris@else.example');
    const save = page.getByRole('button', { name: 'Save' });
    await walkFailures(
      registry,
      'update_user',
      () => save.click(),
      async (text) => {
        await expect(page.getByRole('alert')).toHaveText(`Error in saving email: ${text}`);
        await expect(field).toHaveValue('ferris@else.example');
      },
    );
    const sent = countRequests(page, 'PUT', /\/api\/v1\/users\/\d+$/);
    registry.fault('update_user', { kind: 'hang', times: 1 });
    await field.press('Enter');
    await expect(save).toBeDisabled();
    await field.press('Enter');
    await save.click({ force: true });
    registry.faults.release();
    await expect(page.getByText('ferris@else.example', { exact: true })).toBeVisible();
    expect(sent()).toBe(1);
  });

  test('owner invite, and owner removal', async ({ page, login, registry }) => {
    await login();
    await page.goto('/crates/ferris-says/settings');
    const field = page.getByLabel(/GitHub login of a user/);
    await field.fill('dtolnay');
    const invite = page.getByRole('button', { name: 'Invite' });
    await walkFailures(
      registry,
      'add_owners',
      () => invite.click(),
      async (text) => {
        await expect(page.getByRole('alert')).toHaveText(`Error sending invite: ${text}`);
        await expect(field).toHaveValue('dtolnay');
        await expect(page.getByRole('heading', { name: 'Pending invitations' })).toHaveCount(0);
      },
    );
    const sent = countRequests(page, 'PUT', /\/api\/v1\/crates\/ferris-says\/owners$/);
    registry.fault('add_owners', { kind: 'hang', times: 1 });
    await invite.dblclick();
    await expect(invite).toBeDisabled();
    registry.faults.release();
    await expect(page.getByRole('status')).toHaveText('An invite has been sent to dtolnay.');
    expect(sent()).toBe(1);

    // Removing an owner that the registry refuses to remove leaves the owner listed.
    const remove = page.getByRole('button', { name: 'Remove Manishearth' });
    await walkFailures(
      registry,
      'remove_owners',
      async () => {
        await remove.click();
        await page.getByRole('dialog').getByRole('button', { name: 'Remove owner' }).click();
      },
      async (text) => {
        await expect(page.getByRole('alert')).toHaveText(
          `Failed to remove Manishearth as a crate owner: ${text}`,
        );
        await expect(page.getByRole('dialog')).toHaveCount(0);
        await expect(remove).toBeVisible();
      },
    );
  });

  test('trusted publisher, GitHub then GitLab', async ({ page, login, registry, audit }) => {
    await login();
    await page.goto('/crates/ferris-says/settings/new-trusted-publisher');
    const owner = page.getByLabel('Repository owner');
    await owner.fill('ferris-org');
    const workflow = page.getByLabel('Workflow filename');
    await workflow.fill('publish.yml');
    await page.getByLabel('Environment (optional)').fill('crates-io');
    const add = page.getByRole('button', { name: 'Add', exact: true });
    const alert = page.getByRole('alert');
    await walkFailures(
      registry,
      'create_trustpub_github_config',
      () => add.click(),
      async (text) => {
        await expect(alert).toHaveText(
          `An error has occurred while adding the Trusted Publishing configuration: ${text}`,
        );
        await expect(owner).toHaveValue('ferris-org');
        await expect(page.getByLabel('Repository name')).toHaveValue('ferris-says');
        await expect(workflow).toHaveValue('publish.yml');
        await expect(page.getByLabel('Environment (optional)')).toHaveValue('crates-io');
      },
    );
    await audit();

    await page.getByRole('radio', { name: 'GitLab CI' }).check();
    await page.getByLabel('Namespace').fill('ferris-group/tools');
    await page.getByLabel('Project name').fill('ferris-says');
    await walkFailures(
      registry,
      'create_trustpub_gitlab_config',
      () => add.click(),
      async (text) => {
        await expect(alert).toHaveText(
          `An error has occurred while adding the Trusted Publishing configuration: ${text}`,
        );
        await expect(page.getByLabel('Namespace')).toHaveValue('ferris-group/tools');
        await expect(page.getByLabel('Project name')).toHaveValue('ferris-says');
        await expect(page.getByLabel('Workflow filepath')).toHaveValue('.gitlab-ci.yml');
      },
    );
    // Switching back, the GitHub fields are as they were typed.
    await page.getByRole('radio', { name: 'GitHub Actions' }).check();
    await expect(owner).toHaveValue('ferris-org');
    await expect(workflow).toHaveValue('publish.yml');

    const sent = countRequests(page, 'POST', /\/api\/v1\/trusted_publishing\/github_configs$/);
    registry.fault('create_trustpub_github_config', { kind: 'hang', times: 1 });
    await add.dblclick();
    await expect(add).toBeDisabled();
    registry.faults.release();
    await expect(
      page.getByRole('region', { name: 'Trusted publisher saved: next steps' }),
    ).toBeVisible();
    expect(sent()).toBe(1);
  });

  test('yank reason, and unyank', async ({ page, login, registry, audit }) => {
    await login();
    await page.goto('/crates/ferris-says/versions');
    const crate = registry.db.crateByName('ferris-says');
    const newest =
      [...registry.db.versionsOf(crate?.id ?? 0)].sort((a, b) => b.id - a.id)[0]?.num ?? '';
    const row = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: newest, exact: true }) });
    const dialog = page.getByRole('dialog', { name: `Yank ferris-says ${newest}?` });
    const reason = dialog.getByLabel(/Reason/);
    const confirm = dialog.getByRole('button', { name: 'Yank version' });
    await page.getByRole('button', { name: `Yank ${newest}` }).click();
    await reason.fill('broken build');
    await walkFailures(
      registry,
      'update_version',
      () => confirm.click(),
      async (text) => {
        // The dialog stays open with the message and the reason as typed.
        await expect(dialog.getByRole('alert')).toHaveText(`Failed to yank ${newest}: ${text}`);
        await expect(reason).toHaveValue('broken build');
        await expect(row.getByText('latest')).toBeVisible();
        await expect(row.getByText('yanked', { exact: true })).toHaveCount(0);
      },
    );
    await audit();
    const sent = countRequests(page, 'PATCH', /\/api\/v1\/crates\/ferris-says\/[^/]+$/);
    registry.fault('update_version', { kind: 'hang', times: 1 });
    await confirm.dblclick();
    await expect(confirm).toBeDisabled();
    registry.faults.release();
    await expect(dialog).toHaveCount(0);
    await expect(row.getByText('Yanked: broken build')).toBeVisible();
    expect(sent()).toBe(1);

    const unyank = row.getByRole('button', { name: `Unyank ${newest}` });
    await walkFailures(
      registry,
      'update_version',
      () => unyank.click(),
      async (text) => {
        await expect(row.getByRole('alert')).toHaveText(`Failed to unyank ${newest}: ${text}`);
        await expect(row.getByText('Yanked: broken build')).toBeVisible();
      },
    );
  });

  test('delete-crate reason', async ({ page, login, registry }) => {
    await login();
    await page.goto('/crates/ferris-scratch/delete');
    const reason = page.getByLabel('Reason');
    await reason.fill('Published by mistake');
    const understood = page.getByRole('checkbox', { name: /cannot be undone/ });
    await understood.check();
    const submit = page.getByRole('button', { name: 'Delete this crate' });
    await walkFailures(
      registry,
      'delete_crate',
      () => submit.click(),
      async (text) => {
        await expect(page.getByRole('alert')).toHaveText(`Failed to delete crate: ${text}`);
        await expect(reason).toHaveValue('Published by mistake');
        await expect(understood).toBeChecked();
      },
    );
    const sent = countRequests(page, 'DELETE', /\/api\/v1\/crates\/ferris-scratch\?/);
    registry.fault('delete_crate', { kind: 'hang', times: 1 });
    await submit.dblclick();
    await expect(submit).toBeDisabled();
    registry.faults.release();
    await expect(page).toHaveURL('/dashboard');
    expect(sent()).toBe(1);
  });

  test('follow and unfollow', async ({ page, login, registry }) => {
    await login();
    await page.goto('/crates/hex');
    const follow = page.getByRole('button', { name: 'Follow', exact: true });
    await walkFailures(
      registry,
      'follow_crate',
      () => follow.click(),
      async (text) => {
        await expect(page.getByRole('alert')).toHaveText(
          `Something went wrong when following the hex crate: ${text}`,
        );
        await expect(follow).toHaveAttribute('aria-pressed', 'false');
      },
    );
    await follow.click();
    const unfollow = page.getByRole('button', { name: 'Unfollow' });
    await expect(unfollow).toHaveAttribute('aria-pressed', 'true');
    await walkFailures(
      registry,
      'unfollow_crate',
      () => unfollow.click(),
      async (text) => {
        await expect(page.getByRole('alert')).toHaveText(
          `Something went wrong when unfollowing the hex crate: ${text}`,
        );
        await expect(unfollow).toHaveAttribute('aria-pressed', 'true');
      },
    );
  });

  test('require trusted publishing: shown at once, rolled back on failure', async ({
    page,
    login,
    registry,
  }) => {
    await login();
    await page.goto('/crates/ferris-says/settings');
    const toggle = page.getByRole('checkbox', { name: 'Require trusted publishing' });
    await expect(toggle).not.toBeChecked();
    const sent = countRequests(page, 'PATCH', /\/api\/v1\/crates\/ferris-says$/);
    registry.fault('update_crate', { kind: 'hang', times: 1 });
    await toggle.click();
    // Checked while the registry has not answered yet, and not pressable again.
    await expect(toggle).toBeChecked();
    await expect(toggle).toBeDisabled();
    registry.faults.release();
    await expect(toggle).toBeEnabled();
    await expect(toggle).toBeChecked();
    expect(sent()).toBe(1);
    await walkFailures(
      registry,
      'update_crate',
      () => toggle.click(),
      async (text) => {
        await expect(page.getByRole('alert').filter({ hasText: 'Failed to update' })).toHaveText(
          `Failed to update the setting: ${text}`,
        );
        await expect(toggle).toBeChecked();
      },
    );
  });

  test('report a crate (client checks only)', async ({ page }) => {
    await page.goto('/support?inquire=crate-violation&crate=serde');
    const form = page.getByRole('form', { name: 'Report a crate' });
    const crate = form.getByRole('textbox', { name: 'Crate' });
    await expect(crate).toHaveValue('serde');
    const detail = form.getByRole('textbox', { name: /Detail/ });
    await detail.fill('Squats on names.');
    const submit = form.getByRole('button', { name: 'Report to help@crates.io' });
    await submit.click();
    await expect(form.getByText('Please choose reasons to report.')).toBeVisible();
    await expect(detail).toHaveValue('Squats on names.');
    await crate.fill('');
    await form.getByRole('checkbox', { name: 'it is violating the usage policy' }).check();
    await submit.click();
    await expect(crate).toHaveAccessibleDescription('Please specify a crate.');
    await expect(crate).toHaveAttribute('aria-invalid', 'true');
    await expect(detail).toHaveValue('Squats on names.');
    await expect(
      form.getByRole('checkbox', { name: 'it is violating the usage policy' }),
    ).toBeChecked();
  });
});
