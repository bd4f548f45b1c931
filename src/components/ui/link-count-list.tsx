import { Link } from 'react-router';
import { cn } from '@/lib/cn';
import { formatNumber } from '@/lib/format';
import { Skeleton } from './skeleton';

export type LinkCountItem = {
  key: string;
  to: string;
  label: string;
  count: number;
  /** User-facing text from the registry, shown as text. */
  description?: string | null;
};

export type LinkCountListProps = {
  /** undefined while loading: `placeholders` rows keep the list's size. */
  items?: LinkCountItem[];
  placeholders?: number;
  /** Placeholders get a description line too (the loaded rows will have one). */
  described?: boolean;
  /** Dimmed while the next page or order loads. */
  stale?: boolean;
  label: string;
};

/** Keywords, categories, subcategories: a link with its crate count and description. */
export function LinkCountList({
  items,
  placeholders = 10,
  described = false,
  stale,
  label,
}: LinkCountListProps) {
  return (
    <ul
      aria-label={label}
      aria-busy={!items || stale || undefined}
      className={cn(
        'divide-y divide-line overflow-hidden rounded-lg bg-surface ring-1 ring-line transition-opacity',
        stale && 'opacity-60',
      )}
    >
      {items
        ? items.map((item) => (
            <li key={item.key} className="px-4 py-3">
              <div className="flex flex-wrap items-baseline justify-between gap-x-4">
                <Link to={item.to} className="link min-w-0 font-semibold break-all">
                  {item.label}
                </Link>
                <span className="shrink-0 text-sm text-muted tabular-nums">
                  {formatNumber(item.count)} {item.count === 1 ? 'crate' : 'crates'}
                </span>
              </div>
              {item.description && (
                <p className="mt-1 text-sm text-muted [overflow-wrap:anywhere]">
                  {item.description}
                </p>
              )}
            </li>
          ))
        : Array.from({ length: placeholders }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
            <li key={i} className="px-4 py-3">
              <div className="flex h-6 items-center justify-between">
                <Skeleton className="h-4 w-32" />
                <Skeleton className="h-4 w-16" />
              </div>
              {described && (
                <div className="mt-1 flex h-5 items-center">
                  <Skeleton className="h-3.5 w-3/4" />
                </div>
              )}
            </li>
          ))}
    </ul>
  );
}
