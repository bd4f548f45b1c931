import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import { useCrate } from '@/components/crate/use-crate';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Pagination } from '@/components/ui/pagination';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { formatNumber, plural } from '@/lib/format';
import { paths } from '@/lib/paths';

const PER_PAGE = 10;

export function Component() {
  const { crate } = useCrate();
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const dependents = useQuery(crateQueries.reverseDependencies(crate.name, page, PER_PAGE));
  const data = dependents.data;
  const versionOf = (id: number) => data?.versions.find((v) => v.id === id);

  return (
    <section aria-labelledby="dependents-title">
      <title>{`${crate.name} dependents - crates.io: Rust Package Registry`}</title>
      <h2 id="dependents-title" className="mb-3 text-xl font-semibold">
        Dependents
      </h2>
      {dependents.isError && !data ? (
        <ErrorState
          title={`${crate.name}: Failed to load dependents`}
          error={dependents.error}
          onRetry={() => void dependents.refetch()}
          retrying={dependents.isFetching}
        />
      ) : !data ? (
        <Skeleton className="h-64 w-full rounded-lg" />
      ) : data.meta.total === 0 ? (
        <EmptyState title={`No crates depend on ${crate.name}`} />
      ) : (
        <>
          <p className="mb-3 text-sm text-muted" aria-live="polite">
            Displaying {formatNumber((page - 1) * PER_PAGE + 1)}–
            {formatNumber((page - 1) * PER_PAGE + data.dependencies.length)} of{' '}
            {plural(data.meta.total, 'crate')} that {data.meta.total === 1 ? 'depends' : 'depend'}{' '}
            on {crate.name}
          </p>
          <ul
            className={cn(
              'divide-y divide-line rounded-lg bg-surface ring-1 ring-line',
              dependents.isPlaceholderData && 'opacity-60',
            )}
          >
            {data.dependencies.map((d) => {
              const version = versionOf(d.version_id);
              return (
                <li key={d.id} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
                  <span className="flex flex-wrap items-baseline gap-2">
                    {version ? (
                      <Link
                        to={paths.crateVersion(version.crate, version.num)}
                        className="link font-semibold"
                      >
                        {version.crate}
                      </Link>
                    ) : (
                      <span className="font-semibold">unknown crate</span>
                    )}
                    {version && <span className="text-sm text-muted">v{version.num}</span>}
                    <span className="text-sm text-muted">
                      requires <code className="font-mono text-ink">{d.req}</code>
                      {d.optional && ' (optional)'}
                      {d.kind !== 'normal' && ` (${d.kind})`}
                    </span>
                  </span>
                  <span className="text-sm text-muted tabular-nums">
                    {plural(d.downloads, 'download')}
                  </span>
                  {version?.description && (
                    <p className="w-full text-sm text-muted">{version.description}</p>
                  )}
                </li>
              );
            })}
          </ul>
          <Pagination
            className="mt-6"
            page={page}
            totalPages={Math.ceil(data.meta.total / PER_PAGE)}
            hrefFor={(p) => paths.crateDependents(crate.name, { page: p > 1 ? p : null })}
          />
        </>
      )}
    </section>
  );
}
