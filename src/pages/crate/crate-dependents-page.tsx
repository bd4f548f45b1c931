import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { crateQueries, DEPENDENTS_PER_PAGE as PER_PAGE } from '@/api/queries/crates';
import { useCrate } from '@/components/crate/use-crate';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { splitByLine } from '@/lib/dependent-lines';
import { formatNumber, plural } from '@/lib/format';
import {
  type DependentsFilter,
  dependentsFilterQuery,
  isFiltered,
  readDependentsFilter,
  readPage,
} from '@/lib/list-params';
import { paths } from '@/lib/paths';
import { DependentRow } from './dependent-row';
import { DependentsFilters } from './dependents-filters';
import { DependentsSplit } from './dependents-split';

export function Component() {
  const { crate } = useCrate();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const page = readPage(params);
  const filter = readDependentsFilter(params);
  const filtered = isFiltered(filter);
  // Unfiltered, the API pages through every dependent; filtered, the sample is all
  // we have (the API filters neither by kind nor by optional).
  const paged = useQuery(crateQueries.reverseDependencies(crate.name, page));
  const sample = useQuery(crateQueries.reverseDependenciesSample(crate.name));
  const matching = sample.data?.dependencies.filter(
    (d) =>
      (filter.kind === null || d.kind === filter.kind) &&
      (filter.optional === null || d.optional === filter.optional),
  );
  const source = filtered ? sample : paged;
  const list = filtered
    ? matching && sample.data
      ? {
          dependencies: matching.slice((page - 1) * PER_PAGE, page * PER_PAGE),
          versions: sample.data.versions,
          total: matching.length,
        }
      : undefined
    : paged.data && { ...paged.data, total: paged.data.meta.total };
  const versionOf = (id: number) => list?.versions.find((v) => v.id === id);
  const href = (f: DependentsFilter, p: number) =>
    paths.crateDependents(crate.name, { page: p > 1 ? p : null, ...dependentsFilterQuery(f) });

  return (
    <section aria-labelledby="dependents-title">
      <title>{`${crate.name} dependents - crates.io: Rust Package Registry`}</title>
      <h2 id="dependents-title" className="mb-3 text-xl font-semibold">
        Dependents
      </h2>
      {sample.data && sample.data.total > 0 && matching && (
        <>
          <DependentsFilters filter={filter} onChange={(f) => navigate(href(f, 1))} />
          {matching.length > 0 && (
            <DependentsSplit
              crate={crate.name}
              shares={splitByLine(matching.map((d) => d.req))}
              sampled={sample.data.dependencies.length}
              total={sample.data.total}
            />
          )}
        </>
      )}
      {source.isError && !list ? (
        <QueryErrorState
          title={`${crate.name}: Failed to load dependents`}
          // The split reads the sample: a failed sample is retried with the list.
          query={filtered ? sample : [paged, sample]}
        />
      ) : !list ? (
        <Skeleton className="h-64 w-full rounded-lg" />
      ) : list.total === 0 ? (
        <EmptyState
          title={
            filtered
              ? `No dependents of ${crate.name} match these filters`
              : `No crates depend on ${crate.name}`
          }
        />
      ) : (
        <>
          <p className="mb-3 text-sm text-muted" aria-live="polite">
            Displaying {formatNumber((page - 1) * PER_PAGE + 1)}–
            {formatNumber((page - 1) * PER_PAGE + list.dependencies.length)} of{' '}
            {plural(list.total, 'crate')} that {list.total === 1 ? 'depends' : 'depend'} on{' '}
            {crate.name}
            {filtered && sample.data && sample.data.dependencies.length < sample.data.total
              ? ` (of the ${formatNumber(sample.data.dependencies.length)} most downloaded)`
              : ''}
            , most downloaded first
          </p>
          <ul
            className={cn(
              'divide-y divide-line rounded-lg bg-surface ring-1 ring-line',
              paged.isPlaceholderData && !filtered && 'opacity-60',
            )}
          >
            {list.dependencies.map((d) => (
              <DependentRow key={d.id} dependency={d} version={versionOf(d.version_id)} />
            ))}
          </ul>
          <Pagination
            className="mt-6"
            page={page}
            totalPages={Math.ceil(list.total / PER_PAGE)}
            hrefFor={(p) => href(filter, p)}
          />
        </>
      )}
    </section>
  );
}
