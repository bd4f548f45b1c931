import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import type { Crate, Keyword } from '@/api/types';
import { paths } from '@/lib/paths';
import { FollowButton } from './follow-button';

export type CrateHeaderProps = { crate: Crate; keywords: Keyword[] };

export function CrateHeader({ crate, keywords }: CrateHeaderProps) {
  const { version: requested } = useParams();
  const num = requested ?? crate.default_version ?? crate.max_version;
  // Cached by the route's loader when a version page is open; the header never waits for it.
  const version = useQuery({
    ...crateQueries.version(crate.name, num),
    enabled: requested !== undefined,
  });
  const yanked = requested ? version.data?.version.yanked : crate.yanked;
  return (
    <header className="flex flex-wrap items-start justify-between gap-4">
      <div className="min-w-0">
        <h1 className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-3xl font-bold">
          <span className="break-all">{crate.name}</span>
          <small className="text-xl font-normal text-muted">v{num}</small>
          {yanked && (
            <span className="rounded bg-danger-soft px-2 py-0.5 text-sm font-semibold text-danger">
              Yanked
            </span>
          )}
        </h1>
        {crate.description && (
          <p className="mt-2 text-lg break-words text-muted">{crate.description}</p>
        )}
        {keywords.length > 0 && (
          <ul aria-label="Keywords" className="mt-3 flex flex-wrap gap-2">
            {keywords.map((k) => (
              <li key={k.id}>
                <Link
                  to={paths.keyword(k.keyword)}
                  className="inline-block max-w-full truncate rounded-full bg-surface-2 px-3 py-1 text-sm hover:bg-accent-soft"
                >
                  #{k.keyword}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="flex items-start gap-2">
        <Link
          to={paths.compare([crate.name])}
          className="inline-flex items-center rounded-md border border-line bg-surface px-4 py-2 text-sm font-medium hover:bg-surface-2"
        >
          Compare
        </Link>
        <FollowButton crateName={crate.name} />
      </div>
    </header>
  );
}
