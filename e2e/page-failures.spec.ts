// The not-found, failed-load and failed-list states the user, team, category and
// keyword pages share, as one table: each row is one test, as in the page's own spec.
import { expect, test } from './fixtures';

const notFound = [
  { area: 'user', url: '/users/nobody', heading: 'User "nobody" not found' },
  {
    area: 'team',
    url: '/teams/github:nobody:none',
    heading: 'Team "github:nobody:none" not found',
  },
  {
    area: 'category',
    url: '/categories/no-such-category',
    heading: 'Category "no-such-category" not found',
  },
] as const;

const failedLoad = [
  {
    area: 'user',
    operation: 'find_user',
    url: '/users/dtolnay',
    heading: 'dtolnay: Failed to load user data',
    recovered: 'David Tolnay',
  },
  {
    area: 'team',
    operation: 'find_team',
    url: '/teams/github:serde-rs:publish',
    heading: 'github:serde-rs:publish: Failed to load team data',
    recovered: 'serde-rs / publish',
  },
  {
    area: 'category',
    operation: 'find_category',
    url: '/categories/development-tools',
    heading: 'development-tools: Failed to load category data',
    recovered: 'Development tools',
  },
] as const;

/** `title`: the page's heading, shown above the failed list; `rows`: the rows after the retry (or at least one). */
const failedList: {
  area: string;
  url: string;
  title?: string;
  alert: string;
  rows?: number;
}[] = [
  { area: 'user', url: '/users/dtolnay', alert: 'Failed to load crate list' },
  { area: 'team', url: '/teams/github:serde-rs:publish', alert: 'Failed to load crate list' },
  {
    area: 'category',
    url: '/categories/development-tools',
    title: 'Development tools',
    alert: 'Failed to load crate list',
    rows: 10,
  },
  { area: 'keyword', url: '/keywords/serde', alert: 'serde: Failed to load crates' },
];

for (const { area, url, heading } of notFound) {
  test(`${area} page: an unknown ${area} is named as not found`, async ({ page, audit }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Go back' })).toBeVisible();
    await audit();
  });
}

for (const { area, operation, url, heading, recovered } of failedLoad) {
  test(`${area} page: a failed ${area} load offers a retry that recovers`, async ({
    page,
    registry,
    audit,
  }) => {
    registry.fault(operation, { kind: 'status', status: 500 });
    await page.goto(url);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await audit();
    registry.clearFaults();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(recovered);
  });
}

for (const { area, url, title, alert: message, rows } of failedList) {
  test(`${area} page: a failed crate list offers a retry that recovers`, async ({
    page,
    registry,
    audit,
  }) => {
    registry.fault('list_crates', { kind: 'status', status: 500 });
    await page.goto(url);
    if (title) await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(message);
    await audit();
    registry.clearFaults();
    await alert.getByRole('button', { name: 'Try again' }).click();
    if (rows) await expect(page.getByRole('article')).toHaveCount(rows);
    else await expect(page.getByRole('article').first()).toBeVisible();
  });
}
