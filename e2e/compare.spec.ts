import { HttpResponse, http } from 'msw';
import { expect, test } from './fixtures';

test.describe('compare page', () => {
  test('/compare?crates=serde,tokio,no-such-crate compares, adds by keyboard, removes, and keeps history', async ({
    page,
    audit,
  }) => {
    await page.goto('/compare?crates=serde,tokio,no-such-crate');
    await expect(page.getByRole('heading', { level: 1, name: 'Compare crates' })).toBeVisible();
    const facts = page.getByRole('table', { name: 'Facts about the compared crates' });
    const headers = facts.getByRole('columnheader');
    await expect(headers).toHaveText(['serde', 'tokio', 'No crate named “no-such-crate”']);
    const row = (label: string) =>
      facts
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
    await expect(row('Latest stable version').getByRole('cell')).toHaveText([
      '1.0.219',
      '1.44.1',
      '–',
    ]);
    await expect(row('MSRV').getByRole('cell')).toHaveText(['Rust 1.61', 'Rust 1.70', '–']);
    await expect(row('Edition').getByRole('cell')).toHaveText(['2021', '2021', '–']);
    await expect(row('Licence').getByRole('cell').first()).toHaveText('MIT OR Apache-2.0');
    await expect(row('Trusted publishing required').getByRole('cell')).toHaveText([
      'No',
      'No',
      '–',
    ]);
    await expect(
      row('Owners').getByRole('cell').first().getByRole('link', { name: 'dtolnay' }),
    ).toBeVisible();
    await expect(row('Dependents').getByRole('cell').first()).toHaveText(/^\d[\d,]*$/);

    // The chart, as a table: one column per known crate, 90 days.
    const downloads = page.getByRole('region', { name: 'Downloads' });
    await downloads.getByRole('button', { name: 'View as table' }).click();
    const daily = downloads.getByRole('table');
    await expect(daily.getByRole('columnheader')).toHaveText(['Date', 'serde', 'tokio']);
    await expect(daily.getByRole('row')).toHaveCount(92);
    await downloads.getByLabel('Logarithmic scale').check();
    await downloads.getByLabel('7-day average').check();
    await expect(daily).toHaveAccessibleName(/7-day averages/);
    await audit();

    // Add one by keyboard: type, arrow down to a suggestion, Enter.
    const field = page.getByRole('combobox', { name: 'Add a crate to compare' });
    await field.fill('rand');
    await expect(page.getByRole('option', { name: /^rand v0\.9\.0/ })).toBeVisible();
    await field.press('ArrowDown');
    await expect(page.getByRole('option', { name: /^rand v0\.9\.0/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await field.press('Enter');
    await expect(page).toHaveURL(/\/compare\?crates=serde,tokio,no-such-crate,rand$/);
    await expect(headers).toHaveText(['serde', 'tokio', 'No crate named “no-such-crate”', 'rand']);
    await expect(field).toHaveValue('');

    await page.getByRole('button', { name: 'Remove no-such-crate from the comparison' }).click();
    await expect(page).toHaveURL(/\/compare\?crates=serde,tokio,rand$/);
    await expect(headers).toHaveText(['serde', 'tokio', 'rand']);
    await page.goBack();
    await expect(headers).toHaveText(['serde', 'tokio', 'No crate named “no-such-crate”', 'rand']);
    await page.goForward();
    await expect(headers).toHaveText(['serde', 'tokio', 'rand']);

    await page.emulateMedia({ colorScheme: 'dark' });
    await audit();
  });

  test("one crate's failing downloads leave the others charted, with a retry", async ({
    page,
    network,
  }) => {
    let fail = true;
    network.use(
      http.get('*/api/v1/crates/tokio/downloads', () =>
        fail
          ? HttpResponse.json({ errors: [{ detail: 'Internal Server Error' }] }, { status: 500 })
          : undefined,
      ),
    );
    await page.goto('/compare?crates=serde,tokio');
    const downloads = page.getByRole('region', { name: 'Downloads' });
    const alert = downloads.getByRole('alert');
    await expect(alert).toContainText('Failed to load the downloads of tokio');
    await downloads.getByRole('button', { name: 'View as table' }).click();
    await expect(downloads.getByRole('table').getByRole('columnheader')).toHaveText([
      'Date',
      'serde',
    ]);
    // The facts of both crates are there regardless.
    await expect(
      page
        .getByRole('table', { name: 'Facts about the compared crates' })
        .getByRole('columnheader'),
    ).toHaveText(['serde', 'tokio']);
    fail = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(alert).toBeHidden();
    await expect(downloads.getByRole('table').getByRole('columnheader')).toHaveText([
      'Date',
      'serde',
      'tokio',
    ]);
  });

  test('entry points: Compare on a crate page focuses the field; search results can be picked', async ({
    page,
    audit,
  }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/crates/serde');
    await page.getByRole('link', { name: 'Compare', exact: true }).click();
    await expect(page).toHaveURL(/\/compare\?crates=serde$/);
    await expect(page.getByRole('combobox', { name: 'Add a crate to compare' })).toBeFocused();
    await expect(page.getByText('Add at least one more crate to compare.')).toBeVisible();
    await audit();

    await page.goto('/search?q=serde');
    await page.getByRole('checkbox', { name: 'Select serde to compare' }).check();
    await expect(page.getByText('1 selected: serde (pick one more)')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Select serde_json to compare' }).check();
    await page.getByRole('link', { name: 'Compare 2 crates' }).click();
    await expect(page).toHaveURL(/\/compare\?crates=serde,serde_json$/);
    await expect(
      page
        .getByRole('table', { name: 'Facts about the compared crates' })
        .getByRole('columnheader'),
    ).toHaveText(['serde', 'serde_json']);
    // The wide table scrolls inside its box; the page itself does not.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await audit();
  });
});
