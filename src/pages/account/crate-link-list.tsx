import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CrateList } from '@/api/types';
import { formatNumber } from '@/lib/format';
import { paths } from '@/lib/paths';

export type CrateLinkListProps = {
  title: string;
  list: CrateList;
  showAll: { to: string; label: string };
  empty: ReactNode;
};

/** A short titled list of crates (the dashboard's), with "show all". */
export function CrateLinkList({ title, list: data, showAll, empty }: CrateLinkListProps) {
  const id = `list-${title.toLowerCase().replaceAll(' ', '-')}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
        <span className="ml-2 text-sm font-normal text-muted">
          ({formatNumber(data.meta.total)})
        </span>
      </h2>
      {data.crates.length === 0 ? (
        <p className="text-sm text-muted">{empty}</p>
      ) : (
        <>
          <ul className="divide-y divide-line rounded-lg bg-surface ring-1 ring-line">
            {data.crates.map((crate) => (
              <li key={crate.id}>
                <Link
                  to={paths.crate(crate.name)}
                  className="flex justify-between gap-3 px-4 py-2.5 hover:bg-surface-2"
                >
                  <span className="min-w-0 truncate font-medium">{crate.name}</span>
                  <span className="shrink-0 text-sm text-muted">
                    v{crate.default_version ?? crate.max_version}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          {data.meta.total > data.crates.length && (
            <Link className="link mt-2 inline-block text-sm" to={showAll.to}>
              {showAll.label}
            </Link>
          )}
        </>
      )}
    </section>
  );
}
