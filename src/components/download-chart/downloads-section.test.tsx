import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatNumber } from '@/lib/format';
import { mockRegistry, TEST_NOW } from '@/mocks/node';
import { renderWithProviders } from '@/test/render';
import { compareVersionsDesc } from './chart-data';
import { DownloadsSection } from './downloads-section';

/** The crate as the registry has it, and the versions it breaks out (its five newest). */
function seeded(name: string) {
  const db = mockRegistry.db;
  const crate = db.crateByName(name);
  if (!crate) throw new Error(`no crate ${name} in the seed`);
  const versions = db.versionsOf(crate.id);
  const newest = [...versions].sort((a, b) => b.id - a.id).slice(0, 5);
  return { crate, versions, labels: newest.map((v) => v.num).sort(compareVersionsDesc) };
}

const figure = (term: string) => screen.getByText(term).nextElementSibling;

// The registry's data ends on its own "today"; the chart's window must too.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(TEST_NOW);
});
afterEach(() => vi.useRealTimers());

describe('DownloadsSection', () => {
  it('shows the totals, and the daily numbers per version in a table', async () => {
    const { crate, versions, labels } = seeded('serde');
    expect(versions.length).toBeGreaterThan(5);
    renderWithProviders(
      <DownloadsSection crateName="serde" createdAt={crate.created_at} totalDownloads={1234567} />,
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
    expect(headers).toEqual(['Date', ...labels, 'Other', 'Total']);

    const rows = within(table).getAllByRole('row');
    // Header, 90 days (newest first), the 90-day totals.
    expect(rows).toHaveLength(92);
    expect(within(rows[1] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Nov 20, 2026');
    expect(within(rows[90] as HTMLElement).getByRole('rowheader')).toHaveTextContent(
      'Aug 23, 2026',
    );
    const totals = within(rows[91] as HTMLElement).getAllByRole('cell');
    const last90 = figure('Downloads in the last 90 days')?.textContent;
    expect(Number(last90?.replaceAll(',', ''))).toBeGreaterThan(0);
    expect(totals.at(-1)).toHaveTextContent(last90 ?? 'missing');
  });

  it("charts one version alone on a version's page", async () => {
    const { versions } = seeded('serde');
    const version = [...versions].sort((a, b) => b.id - a.id).find((v) => !v.yanked);
    if (!version) throw new Error('serde has no versions');
    renderWithProviders(
      <DownloadsSection
        crateName="serde"
        version={version.num}
        createdAt={version.created_at}
        totalDownloads={version.downloads}
      />,
    );
    expect(figure('Downloads all time')).toHaveTextContent(formatNumber(version.downloads));
    await userEvent.click(await screen.findByRole('button', { name: 'View as table' }));
    const table = screen.getByRole('table', {
      name: `Daily downloads of serde ${version.num} in the last 90 days`,
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Date', version.num]);
    // One series: nothing to stack.
    expect(screen.queryByRole('combobox', { name: 'Display as' })).not.toBeInTheDocument();
  });

  it('says so when there were no downloads in the window', async () => {
    const { versions } = seeded('serde');
    const quiet = versions.find((v) => !mockRegistry.db.daily.get(v.id)?.some((n) => n > 0));
    if (!quiet) throw new Error('every serde version has recent downloads');
    renderWithProviders(
      <DownloadsSection
        crateName="serde"
        version={quiet.num}
        createdAt={quiet.created_at}
        totalDownloads={quiet.downloads}
      />,
    );
    expect(await screen.findByText('No downloads in the last 90 days')).toBeInTheDocument();
    expect(figure('Downloads in the last 90 days')).toHaveTextContent('0');
  });

  it('shows the failure with "Try again", which reloads the data', async () => {
    mockRegistry.fault('get_crate_downloads', { kind: 'status', status: 500, times: 1 });
    const { crate } = seeded('serde');
    renderWithProviders(
      <DownloadsSection crateName="serde" createdAt={crate.created_at} totalDownloads={10} />,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Failed to load download data');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'View as table' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the display mode in the URL, leaving other parameters alone', async () => {
    const { crate } = seeded('serde');
    const { router } = renderWithProviders(
      <DownloadsSection crateName="serde" createdAt={crate.created_at} totalDownloads={10} />,
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
