import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockRegistry, TEST_NOW } from '@/mocks/node';
import { renderWithProviders } from '@/test/render';
import { DownloadsSection } from './downloads-section';

// The seed's serde (at TEST_NOW): 256 versions; the five newest are 1.0.215 to 1.0.219;
// 0.0.0 has no downloads in the last 90 days.
const SERDE_CREATED = '2016-06-25T12:00:00.000Z';

const figure = (term: string) => screen.getByText(term).nextElementSibling;

// The registry's data ends on its own "today"; the chart's window must too.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(TEST_NOW);
});
afterEach(() => vi.useRealTimers());

describe('DownloadsSection', () => {
  it('shows the totals, and the daily numbers per version in a table', async () => {
    renderWithProviders(
      <DownloadsSection crateName="serde" createdAt={SERDE_CREATED} totalDownloads={1234567} />,
    );

    expect(figure('Downloads all time')).toHaveTextContent('1,234,567');
    const toggle = await screen.findByRole('button', { name: 'View as table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const table = screen.getByRole('table', {
      name: 'Daily downloads of serde in the last 90 days, by version',
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([
      'Date',
      '1.0.219',
      '1.0.218',
      '1.0.217',
      '1.0.216',
      '1.0.215',
      'Other',
      'Total',
    ]);

    const rows = within(table).getAllByRole('row');
    // Header, 90 days (newest first), the 90-day totals.
    expect(rows).toHaveLength(92);
    expect(within(rows[1] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Nov 20, 2026');
    expect(within(rows[90] as HTMLElement).getByRole('rowheader')).toHaveTextContent(
      'Aug 23, 2026',
    );
    const cells = (row: number) =>
      within(rows[row] as HTMLElement)
        .getAllByRole('cell')
        .map((td) => td.textContent);
    expect(cells(1)).toEqual([
      '399,684',
      '239,810',
      '143,886',
      '86,332',
      '51,799',
      '98,197',
      '1,019,708',
    ]);
    expect(cells(91)).toEqual([
      '9,963,062',
      '11,038,803',
      '11,811,137',
      '11,897,652',
      '12,251,055',
      '21,745,315',
      '78,707,024',
    ]);
    expect(figure('Downloads in the last 90 days')).toHaveTextContent('78,707,024');
  });

  it("charts one version alone on a version's page", async () => {
    renderWithProviders(
      <DownloadsSection
        crateName="serde"
        version="1.0.219"
        createdAt="2026-10-23T12:00:00.000Z"
        totalDownloads={9963062}
      />,
    );
    expect(figure('Downloads all time')).toHaveTextContent('9,963,062');
    await userEvent.click(await screen.findByRole('button', { name: 'View as table' }));
    const table = screen.getByRole('table', {
      name: 'Daily downloads of serde 1.0.219 in the last 90 days',
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Date', '1.0.219']);
    // One series: nothing to stack.
    expect(screen.queryByRole('combobox', { name: 'Display as' })).not.toBeInTheDocument();
  });

  it('says so when there were no downloads in the window', async () => {
    renderWithProviders(
      <DownloadsSection
        crateName="serde"
        version="0.0.0"
        createdAt={SERDE_CREATED}
        totalDownloads={35279722}
      />,
    );
    expect(await screen.findByText('No downloads in the last 90 days')).toBeInTheDocument();
    expect(figure('Downloads in the last 90 days')).toHaveTextContent('0');
  });

  it('shows the failure with "Try again", which reloads the data', async () => {
    mockRegistry.fault('get_crate_downloads', { kind: 'status', status: 500, times: 1 });
    renderWithProviders(
      <DownloadsSection crateName="serde" createdAt={SERDE_CREATED} totalDownloads={10} />,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Failed to load download data');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'View as table' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the display mode in the URL, leaving other parameters alone', async () => {
    const { router } = renderWithProviders(
      <DownloadsSection crateName="serde" createdAt={SERDE_CREATED} totalDownloads={10} />,
      { url: '/crates/serde?tab=readme' },
    );
    const select = screen.getByRole('combobox', { name: 'Display as' });
    expect(select).toHaveValue('stacked');

    await userEvent.selectOptions(select, 'Unstacked');
    expect(router.state.location.search).toBe('?tab=readme&chart=unstacked');
    expect(router.state.historyAction).toBe('REPLACE');

    await userEvent.selectOptions(select, 'Stacked');
    expect(router.state.location.search).toBe('?tab=readme');
    expect(select).toHaveValue('stacked');
  });

  it('reads the display mode from the URL', () => {
    renderWithProviders(
      <DownloadsSection crateName="serde" createdAt="2015-01-01T00:00:00Z" totalDownloads={10} />,
      { url: '/crates/serde?chart=unstacked' },
    );
    expect(screen.getByRole('combobox', { name: 'Display as' })).toHaveValue('unstacked');
  });
});
