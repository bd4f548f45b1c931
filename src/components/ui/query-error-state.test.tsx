import { useQuery } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { siteQueries } from '@/api/queries/site';
import { mockRegistry } from '@/mocks/node';
import { renderWithProviders } from '@/test/render';
import { QueryErrorState } from './query-error-state';

/** The front page's summary alone, or with the site metadata as a second query. */
function Summary({ withMetadata = false }: { withMetadata?: boolean }) {
  const summary = useQuery(siteQueries.summary());
  const metadata = useQuery({ ...siteQueries.metadata(), enabled: withMetadata });
  if (summary.isError || metadata.isError) {
    return (
      <QueryErrorState
        title="Failed to load the summary"
        query={withMetadata ? [summary, metadata] : summary}
      />
    );
  }
  if (!summary.data) return <p>Loading</p>;
  return <p>{`${summary.data.num_crates} crates`}</p>;
}

describe('QueryErrorState', () => {
  it("shows a query's failure, waits out Retry-After, and retries the query", async () => {
    // 3 s, so a loaded machine still sees the countdown (with 1 s, CI once saw "now" first).
    mockRegistry.fault('get_summary', { kind: 'rate-limit', retryAfter: 3, times: 1 });
    renderWithProviders(<Summary />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Failed to load the summary')).toBeInTheDocument();
    expect(alert).toHaveTextContent(/You can try again in (1 second|[23] seconds)\./);
    const retry = within(alert).getByRole('button', { name: 'Try again' });
    expect(retry).toBeDisabled();
    expect(retry).toHaveAccessibleDescription(/You can try again in (1 second|[23] seconds)\./);

    expect(
      await within(alert).findByText('You can try again now.', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(retry).toBeEnabled();
    await userEvent.click(retry);
    expect(await screen.findByText('89 crates')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  }, 15_000);

  it('shows the error of the one query of several that failed, and retries it', async () => {
    mockRegistry.fault('get_site_metadata', {
      kind: 'status',
      status: 500,
      detail: 'database on fire',
      times: 1,
    });
    renderWithProviders(<Summary withMetadata />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Failed to load the summary')).toBeInTheDocument();
    expect(within(alert).getByText('database on fire')).toBeInTheDocument();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('89 crates')).toBeInTheDocument();
  });
});
