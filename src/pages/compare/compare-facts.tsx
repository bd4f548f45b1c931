import { type UseQueryResult, useQueries } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { Link } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import type { Crate, CrateResponse, Owner, ReverseDependencies } from '@/api/types';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { formatBytes, formatDate, formatNumber } from '@/lib/format';
import { paths } from '@/lib/paths';
import { CompareColumnHeader } from './compare-column-header';
import type { CompareColumn } from './use-compared-names';

export type CompareFactsProps = { columns: CompareColumn[]; onRemove: (name: string) => void };

type Sources = {
  crate: Crate;
  detail: UseQueryResult<CrateResponse>;
  dependents: UseQueryResult<ReverseDependencies>;
  owners: UseQueryResult<{ users: Owner[] }>;
};

const missing = (text: string) => <span className="text-muted">{text}</span>;

/** A fact that needs a per-crate request: a skeleton while it loads, a dash if it failed. */
function from<T>(query: UseQueryResult<T>, show: (data: T) => ReactNode): ReactNode {
  if (query.data !== undefined) return show(query.data);
  if (query.isError)
    return (
      <>
        <span aria-hidden>–</span>
        <span className="sr-only">could not be loaded</span>
      </>
    );
  return <Skeleton className="h-5 w-20" />;
}

const defaultVersion = (detail: CrateResponse) => {
  const num = detail.crate.default_version;
  return detail.versions?.find((v) => v.num === num) ?? null;
};

const FACTS: { label: string; value: (s: Sources) => ReactNode }[] = [
  {
    label: 'Latest stable version',
    value: ({ crate }) =>
      crate.max_stable_version ? (
        <Link className="link" to={paths.crateVersion(crate.name, crate.max_stable_version)}>
          {crate.max_stable_version}
        </Link>
      ) : (
        missing('none')
      ),
  },
  {
    label: 'Licence',
    value: (s) => from(s.detail, (d) => defaultVersion(d)?.license ?? missing('not stated')),
  },
  {
    label: 'MSRV',
    value: (s) =>
      from(s.detail, (d) => {
        const msrv = defaultVersion(d)?.rust_version;
        return msrv ? `Rust ${msrv}` : missing('not stated');
      }),
  },
  {
    label: 'Edition',
    value: (s) => from(s.detail, (d) => defaultVersion(d)?.edition ?? missing('not stated')),
  },
  {
    label: 'Crate size',
    value: (s) =>
      from(s.detail, (d) => {
        const size = defaultVersion(d)?.crate_size;
        return size ? formatBytes(size) : missing('unknown');
      }),
  },
  { label: 'Versions', value: ({ crate }) => formatNumber(crate.num_versions) },
  { label: 'First release', value: ({ crate }) => formatDate(crate.created_at) },
  {
    label: 'Latest release',
    value: ({ crate }) => `${crate.newest_version}, ${formatDate(crate.updated_at)}`,
  },
  { label: 'Downloads all time', value: ({ crate }) => formatNumber(crate.downloads) },
  {
    label: 'Downloads, last 90 days',
    value: ({ crate }) =>
      crate.recent_downloads == null ? missing('unknown') : formatNumber(crate.recent_downloads),
  },
  {
    label: 'Dependents',
    value: (s) =>
      from(s.dependents, (d) => (
        <Link className="link" to={paths.crateDependents(s.crate.name)}>
          {formatNumber(d.meta.total)}
        </Link>
      )),
  },
  {
    label: 'Owners',
    value: (s) =>
      from(s.owners, (o) => (
        <ul>
          {o.users.map((owner) => (
            <li key={`${owner.kind}:${owner.id}`}>
              <Link
                // A line 24 px tall: links stacked in a list are targets of their own.
                className="link inline-block leading-6 break-all"
                to={owner.kind === 'team' ? paths.team(owner.login) : paths.user(owner.login)}
              >
                {owner.login}
              </Link>
            </li>
          ))}
        </ul>
      )),
  },
  {
    label: 'Trusted publishing required',
    value: ({ crate }) => (crate.trustpub_only ? 'Yes' : 'No'),
  },
];

/** Facts side by side: crates as columns, facts as rows. */
export function CompareFacts({ columns, onRemove }: CompareFactsProps) {
  const headingId = useId();
  const known = columns.flatMap((c) => (c.crate ? [c.crate] : []));
  const details = useQueries({ queries: known.map((c) => crateQueries.detail(c.name)) });
  const dependents = useQueries({
    queries: known.map((c) => crateQueries.reverseDependencies(c.name)),
  });
  const owners = useQueries({ queries: known.map((c) => crateQueries.owners(c.name)) });
  const sources = new Map<string, Sources>(
    known.map((crate, i) => [
      crate.name,
      {
        crate,
        detail: details[i] as UseQueryResult<CrateResponse>,
        dependents: dependents[i] as UseQueryResult<ReverseDependencies>,
        owners: owners[i] as UseQueryResult<{ users: Owner[] }>,
      },
    ]),
  );
  const failures = [...sources.values()].filter(
    (s) => s.detail.isError || s.dependents.isError || s.owners.isError,
  );
  const cell = 'px-3 py-2 align-top';

  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-xl font-bold">
        Facts
      </h2>
      {failures.map((s) => (
        <QueryErrorState
          key={s.crate.name}
          title={`Some facts about ${s.crate.name} could not be loaded`}
          query={[s.detail, s.dependents, s.owners]}
        />
      ))}
      <section
        // Not named after the heading: the section around it already is (one name per landmark).
        aria-label="Facts table"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard
        tabIndex={0}
        className="overflow-x-auto rounded-lg bg-surface ring-1 ring-line"
      >
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Facts about the compared crates</caption>
          <thead className="bg-surface-2">
            <tr>
              <td className="sticky left-0 bg-surface-2" />
              {columns.map((column) => (
                <th key={column.name} scope="col" className={`${cell} min-w-36 text-left`}>
                  <CompareColumnHeader column={column} onRemove={onRemove} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {FACTS.map((fact) => (
              <tr key={fact.label} className="border-t border-line">
                <th
                  scope="row"
                  className={`${cell} sticky left-0 bg-surface text-left font-medium text-muted`}
                >
                  {fact.label}
                </th>
                {columns.map((column) => {
                  const s = sources.get(column.crate?.name ?? '');
                  return (
                    <td key={column.name} className={`${cell} tabular-nums`}>
                      {s ? fact.value(s) : <span aria-hidden>–</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
