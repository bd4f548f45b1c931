import { Link } from 'react-router';
import { Skeleton } from '@/components/ui/skeleton';
import { plural } from '@/lib/format';

export type CountListProps = {
  title: string;
  /** undefined while loading: placeholders keep the list's size. */
  items?: { key: string; to: string; label: string; count: number }[];
};

/** A titled list of links with crate counts (popular keywords, categories). */
export function CountList({ title, items }: CountListProps) {
  const id = `list-${title.toLowerCase().replaceAll(' ', '-')}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      <ul className="divide-y divide-line overflow-hidden rounded-lg bg-surface ring-1 ring-line">
        {items
          ? items.map((item) => (
              <li key={item.key}>
                <Link
                  to={item.to}
                  className="flex justify-between gap-3 px-4 py-2.5 hover:bg-surface-2"
                >
                  <span className="min-w-0 truncate font-medium">{item.label}</span>
                  <span className="shrink-0 text-sm text-muted tabular-nums">
                    {plural(item.count, 'crate')}
                  </span>
                </Link>
              </li>
            ))
          : Array.from({ length: 10 }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
              <li key={i} className="flex justify-between px-4 py-3">
                <Skeleton className="h-4 w-28" />
                <Skeleton className="h-4 w-16" />
              </li>
            ))}
      </ul>
    </section>
  );
}
