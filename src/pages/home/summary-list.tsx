import { Link } from 'react-router';
import type { Crate } from '@/api/types';
import { Skeleton } from '@/components/ui/skeleton';
import { formatCompact, formatFromNow } from '@/lib/format';
import { paths } from '@/lib/paths';

export type SummaryListProps = {
  title: string;
  crates?: Crate[];
  show: 'version' | 'downloads' | 'updated' | 'recent';
};

const ROWS = 10;

export function SummaryList({ title, crates, show }: SummaryListProps) {
  const id = `summary-${title.toLowerCase().replaceAll(' ', '-')}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      <ol className="divide-y divide-line overflow-hidden rounded-lg bg-surface ring-1 ring-line">
        {crates
          ? crates.map((crate) => (
              <li key={crate.id}>
                <Link
                  to={
                    show === 'updated'
                      ? paths.crateVersion(crate.name, crate.newest_version)
                      : paths.crate(crate.name)
                  }
                  className="flex items-baseline justify-between gap-3 px-4 py-2.5 hover:bg-surface-2"
                >
                  <span className="min-w-0 truncate font-medium">
                    {crate.name}
                    {(show === 'version' || show === 'updated') && (
                      <span className="ml-2 text-sm font-normal text-muted">
                        v
                        {show === 'updated'
                          ? crate.newest_version
                          : (crate.default_version ?? crate.max_version)}
                      </span>
                    )}
                  </span>
                  <span className="shrink-0 text-sm text-muted tabular-nums">
                    {detail(crate, show)}
                  </span>
                </Link>
              </li>
            ))
          : Array.from({ length: ROWS }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
              <li key={i} className="flex justify-between px-4 py-3">
                <Skeleton className="h-4 w-32" />
                <Skeleton className="h-4 w-14" />
              </li>
            ))}
      </ol>
    </section>
  );
}

function detail(crate: Crate, show: SummaryListProps['show']) {
  switch (show) {
    case 'downloads':
      return formatCompact(crate.downloads);
    case 'recent':
      return formatCompact(crate.recent_downloads ?? 0);
    case 'updated':
      return formatFromNow(crate.updated_at);
    case 'version':
      return formatFromNow(crate.created_at);
  }
}
