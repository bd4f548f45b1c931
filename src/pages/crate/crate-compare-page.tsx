import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import type { Features } from '@/api/types';
import { useCrate } from '@/components/crate/use-crate';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { sortSemverDesc } from '@/lib/cargo-semver';
import { paths } from '@/lib/paths';
import { keepFocus } from '@/lib/route-focus';
import { diffDependencies, diffFeatures, diffMetadata } from '@/lib/version-diff';
import { DependencyDiff } from './dependency-diff';
import { FeatureDiff } from './feature-diff';
import { MetadataDiff } from './metadata-diff';
import { VersionPickers } from './version-pickers';

/** What changes when upgrading from one version to another. */
export function Component() {
  const { crate } = useCrate();
  const { from = '', to = '' } = useParams();
  const navigate = useNavigate();
  const { data } = useSuspenseQuery(crateQueries.versions(crate.name));
  const versions = sortSemverDesc(data.versions, (v) => v.num);
  const older = versions.find((v) => v.num === from);
  const newer = versions.find((v) => v.num === to);
  const fromDeps = useQuery({
    ...crateQueries.dependencies(crate.name, from),
    enabled: Boolean(older),
  });
  const toDeps = useQuery({
    ...crateQueries.dependencies(crate.name, to),
    enabled: Boolean(newer),
  });
  const unknown = [from, to].filter((num, i) => !(i === 0 ? older : newer) && num);
  const failed = fromDeps.isError || toDeps.isError;

  return (
    <section aria-labelledby="compare-title" className="space-y-8">
      <title>{`${crate.name} ${from} → ${to} - crates.io: Rust Package Registry`}</title>
      <div className="space-y-3">
        <h2 id="compare-title" className="text-xl font-semibold">
          Compare versions of {crate.name}
        </h2>
        <VersionPickers
          versions={versions}
          from={from}
          to={to}
          onChange={(a, b) => navigate(paths.crateCompare(crate.name, a, b), { state: keepFocus })}
        />
      </div>
      {!older || !newer ? (
        <div role="alert" className="rounded-lg border border-line bg-surface p-4">
          <p className="font-semibold">
            {crate.name} has no version {[...new Set(unknown)].join(' or ')}
          </p>
          <p className="mt-1 text-sm text-muted">
            Pick two versions above, or{' '}
            <Link className="link" to={paths.crateVersions(crate.name)}>
              see all versions of {crate.name}
            </Link>
            .
          </p>
        </div>
      ) : (
        <>
          <section aria-labelledby="compare-metadata" className="space-y-3">
            <h3 id="compare-metadata" className="text-lg font-semibold">
              {from} → {to}
            </h3>
            <MetadataDiff rows={diffMetadata(older, newer)} from={from} to={to} />
          </section>
          <section aria-labelledby="compare-deps">
            <h3 id="compare-deps" className="mb-3 text-lg font-semibold">
              Dependencies
            </h3>
            {failed ? (
              <QueryErrorState
                title={`${crate.name}: Failed to load dependencies`}
                query={[fromDeps, toDeps]}
              />
            ) : fromDeps.data && toDeps.data ? (
              <DependencyDiff
                diff={diffDependencies(fromDeps.data.dependencies, toDeps.data.dependencies)}
              />
            ) : (
              <Skeleton className="h-48 w-full rounded-lg" />
            )}
          </section>
          <section aria-labelledby="compare-features">
            <h3 id="compare-features" className="mb-3 text-lg font-semibold">
              Features
            </h3>
            <FeatureDiff
              diff={diffFeatures(older.features as Features, newer.features as Features)}
            />
          </section>
        </>
      )}
    </section>
  );
}
