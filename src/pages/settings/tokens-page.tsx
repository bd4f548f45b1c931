import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { meQueries } from '@/api/queries/me';
import type { ApiToken } from '@/api/types';
import { ReadOnlyNotice } from '@/components/site/read-only-notice';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/lib/paths';
import { TokenRow } from './token-row';

const isExpired = (token: ApiToken, now: number) =>
  token.expired_at !== null &&
  token.expired_at !== undefined &&
  Date.parse(token.expired_at) <= now;

export function Component() {
  const tokens = useQuery(meQueries.tokens());
  const now = Date.now();
  const all = [...(tokens.data?.api_tokens ?? [])].sort((a, b) =>
    b.created_at.localeCompare(a.created_at),
  );
  const active = all.filter((t) => !isExpired(t, now));
  const expired = all.filter((t) => isExpired(t, now));

  return (
    <div className="space-y-6">
      <title>API Tokens - crates.io: Rust Package Registry</title>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">API Tokens</h1>
        <Link
          to={paths.newToken()}
          className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink"
        >
          New Token
        </Link>
      </div>
      <p className="text-sm text-muted">
        You can use the API tokens generated on this page to run cargo commands that need write
        access to crates.io, like <code className="font-mono">cargo publish</code>. Create one per
        purpose, with only the scopes it needs.
      </p>
      <ReadOnlyNotice />
      {tokens.isError ? (
        <QueryErrorState title="Failed to load your API tokens" query={tokens} />
      ) : !tokens.data ? (
        <Skeleton className="h-48 w-full rounded-lg" />
      ) : all.length === 0 ? (
        <EmptyState title="You have no API tokens yet.">
          <Link className="link" to={paths.newToken()}>
            Create your first token
          </Link>
        </EmptyState>
      ) : (
        <>
          <ul aria-label="Active tokens" className="space-y-3">
            {active.map((token) => (
              <li key={token.id}>
                <TokenRow token={token} expired={false} />
              </li>
            ))}
          </ul>
          {expired.length > 0 && (
            <section aria-labelledby="expired-title">
              <h2 id="expired-title" className="mb-3 text-lg font-semibold">
                Recently expired
              </h2>
              <ul aria-label="Expired tokens" className="space-y-3">
                {expired.map((token) => (
                  <li key={token.id}>
                    <TokenRow token={token} expired />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
