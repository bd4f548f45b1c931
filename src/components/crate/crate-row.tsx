import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import type { Crate } from '@/api/types';
import { RelativeTime } from '@/components/ui/relative-time';
import { cn } from '@/lib/cn';
import { formatNumber } from '@/lib/format';
import { paths } from '@/lib/paths';

export type CrateRowProps = {
  crate: Crate;
  showExactMatch?: boolean;
  /** The crate name's heading level: one below the list's own heading. */
  headingLevel?: 2 | 3;
  /** A checkbox to pick the crate (e.g. to compare search results). */
  select?: { checked: boolean; onChange: (checked: boolean) => void };
};

/** A homepage that only repeats the repository URL is not worth a second link. */
function sameUrl(a: string, b: string) {
  const norm = (url: string) =>
    url
      .trim()
      .replace(/\/+$/, '')
      .replace(/\.git$/, '')
      .toLowerCase();
  return norm(a) === norm(b);
}

/** One crate in any list: search, all crates, categories, keywords, users, teams. */
export function CrateRow({
  crate,
  showExactMatch = false,
  headingLevel = 3,
  select,
}: CrateRowProps) {
  const queryClient = useQueryClient();
  // Hover or focus starts loading the crate page's data, so it opens at once.
  const prefetch = () => void queryClient.prefetchQuery(crateQueries.detail(crate.name));
  const version = crate.default_version ?? crate.max_version;
  const exact = showExactMatch && crate.exact_match;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const homepage =
    crate.homepage && !(crate.repository && sameUrl(crate.homepage, crate.repository))
      ? crate.homepage
      : null;
  const keywords = crate.keywords ?? [];
  return (
    <article
      aria-labelledby={`crate-${crate.id}`}
      className={cn(
        'rounded-lg p-4',
        exact ? 'bg-accent-soft ring-2 ring-accent' : 'bg-surface ring-1 ring-line',
      )}
    >
      <div className="flex flex-col gap-x-6 gap-y-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 flex-1">
          <Heading
            id={`crate-${crate.id}`}
            className="flex flex-wrap items-baseline gap-x-2 text-lg"
          >
            {select && (
              <input
                type="checkbox"
                checked={select.checked}
                onChange={(event) => select.onChange(event.target.checked)}
                aria-label={`Select ${crate.name} to compare`}
                className="size-4 self-center accent-[var(--accent)]"
              />
            )}
            <Link
              to={paths.crate(crate.name)}
              onMouseEnter={prefetch}
              onFocus={prefetch}
              className="link min-w-0 font-semibold break-all"
            >
              {crate.name}
            </Link>
            <span className="text-sm text-muted break-all">v{version}</span>
            {exact && (
              <span className="rounded bg-accent px-1.5 py-0.5 text-xs font-semibold text-accent-ink">
                Exact match
              </span>
            )}
          </Heading>
          {/* Descriptions are user text: rendered as text, never as HTML. */}
          {crate.description && (
            <p className="mt-1 break-words text-muted [overflow-wrap:anywhere]">
              {crate.description}
            </p>
          )}
          {keywords.length > 0 && (
            <ul aria-label="Keywords" className="mt-2 flex flex-wrap gap-1.5">
              {keywords.map((keyword) => (
                <li key={keyword} className="max-w-full">
                  <Link
                    to={paths.keyword(keyword)}
                    className="block max-w-full rounded-full bg-surface-2 px-2 py-0.5 text-xs break-all ring-1 ring-line hover:underline"
                  >
                    #{keyword}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <ul aria-label="Links" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {homepage && (
              <li>
                <a className="link" href={homepage} rel="nofollow noopener noreferrer">
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
        <dl className="grid shrink-0 grid-cols-[auto_auto] justify-start gap-x-3 gap-y-0.5 text-sm text-muted sm:justify-end sm:text-right">
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
            <RelativeTime iso={crate.updated_at} focusable />
          </dd>
        </dl>
      </div>
    </article>
  );
}
