import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import type { Crate } from '@/api/types';
import { RelativeTime } from '@/components/ui/relative-time';
import { formatNumber } from '@/lib/format';
import { paths } from '@/lib/paths';

export type CrateRowProps = { crate: Crate; showExactMatch?: boolean };

/** One crate in any list: search, all crates, categories, keywords, users. */
export function CrateRow({ crate, showExactMatch = false }: CrateRowProps) {
  const queryClient = useQueryClient();
  // Hover or focus starts loading the crate page's data, so it opens at once.
  const prefetch = () => void queryClient.prefetchQuery(crateQueries.detail(crate.name));
  const version = crate.default_version ?? crate.max_version;
  const exact = showExactMatch && crate.exact_match;
  return (
    <article
      aria-labelledby={`crate-${crate.id}`}
      className={
        exact
          ? 'rounded-lg bg-accent-soft p-4 ring-2 ring-accent'
          : 'rounded-lg bg-surface p-4 ring-1 ring-line'
      }
    >
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-2">
        <div className="min-w-0 flex-1">
          <h3 id={`crate-${crate.id}`} className="flex flex-wrap items-baseline gap-x-2 text-lg">
            <Link
              to={paths.crate(crate.name)}
              onMouseEnter={prefetch}
              onFocus={prefetch}
              className="link font-semibold break-all"
            >
              {crate.name}
            </Link>
            <span className="text-sm text-muted">v{version}</span>
            {exact && (
              <span className="rounded bg-accent px-1.5 py-0.5 text-xs font-semibold text-accent-ink">
                Exact match
              </span>
            )}
          </h3>
          {/* Descriptions are user text: rendered as text, never as HTML. */}
          {crate.description && <p className="mt-1 break-words text-muted">{crate.description}</p>}
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {crate.homepage && (
              <li>
                <a className="link" href={crate.homepage} rel="nofollow noopener noreferrer">
                  Homepage
                </a>
              </li>
            )}
            <li>
              <a
                className="link"
                href={crate.documentation ?? paths.docsRs(crate.name, version)}
                rel="nofollow noopener noreferrer"
              >
                Documentation
              </a>
            </li>
            {crate.repository && (
              <li>
                <a className="link" href={crate.repository} rel="nofollow noopener noreferrer">
                  Repository
                </a>
              </li>
            )}
          </ul>
        </div>
        <dl className="grid shrink-0 grid-cols-[auto_auto] gap-x-2 text-sm text-muted sm:text-right">
          <dt>All-time downloads</dt>
          <dd className="font-medium text-ink tabular-nums">{formatNumber(crate.downloads)}</dd>
          <dt>Recent downloads</dt>
          <dd className="font-medium text-ink tabular-nums">
            {crate.recent_downloads === null || crate.recent_downloads === undefined
              ? '–'
              : formatNumber(crate.recent_downloads)}
          </dd>
          <dt>Updated</dt>
          <dd className="text-ink">
            <RelativeTime iso={crate.updated_at} />
          </dd>
        </dl>
      </div>
    </article>
  );
}
