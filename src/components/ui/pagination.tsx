import { Link } from 'react-router';
import { cn } from '@/lib/cn';

export type PaginationProps = {
  page: number;
  totalPages: number;
  /** The URL of a page, keeping the rest of the list's state. */
  hrefFor: (page: number) => string;
  className?: string;
};

/** Page numbers around the current one, first and last, with previous/next. */
export function pageWindow(page: number, totalPages: number, radius = 2): (number | 'gap')[] {
  const pages = new Set([1, totalPages]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= totalPages) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && p - prev > 1) out.push('gap');
    out.push(p);
  });
  return out;
}

export function Pagination({ page, totalPages, hrefFor, className }: PaginationProps) {
  if (totalPages <= 1) return null;
  const base = 'inline-flex min-w-9 items-center justify-center rounded-md px-2.5 py-1.5 text-sm';
  const edge = (label: string, target: number, enabled: boolean, rel: string) =>
    enabled ? (
      <Link
        to={hrefFor(target)}
        rel={rel}
        className={cn(base, 'ring-1 ring-line hover:bg-surface-2')}
      >
        {label}
      </Link>
    ) : (
      <span aria-disabled="true" className={cn(base, 'text-muted opacity-60 ring-1 ring-line')}>
        {label}
      </span>
    );
  return (
    <nav aria-label="Pagination" className={cn('flex flex-wrap items-center gap-1.5', className)}>
      {edge('Previous', page - 1, page > 1, 'prev')}
      <ul className="flex flex-wrap items-center gap-1.5">
        {pageWindow(page, totalPages).map((p, i) =>
          p === 'gap' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity
            <li key={`gap-${i}`} aria-hidden className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                to={hrefFor(p)}
                aria-current={p === page ? 'page' : undefined}
                aria-label={`Page ${p}`}
                className={cn(
                  base,
                  p === page
                    ? 'bg-accent font-semibold text-accent-ink'
                    : 'ring-1 ring-line hover:bg-surface-2',
                )}
              >
                {p}
              </Link>
            </li>
          ),
        )}
      </ul>
      {edge('Next', page + 1, page < totalPages, 'next')}
    </nav>
  );
}
