import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { crateQueries } from '@/api/queries/crates';
import type { Dependency, Features } from '@/api/types';
import { useCrate, useSelectedVersion } from '@/components/crate/use-crate';
import { EmptyState } from '@/components/ui/empty-state';
import { canonicalCrateName } from '@/lib/crate-name';
import { classifyFreshness } from '@/lib/freshness';
import { DependencyRow } from './dependency-row';
import { FeatureList } from './feature-list';
import { FreshnessSummary } from './freshness-summary';

const GROUPS = [
  { kind: 'normal', title: 'Dependencies' },
  { kind: 'build', title: 'Build-Dependencies' },
  { kind: 'dev', title: 'Dev-Dependencies' },
] as const;

export function Component() {
  const { crate } = useCrate();
  const { version } = useSelectedVersion();
  const deps = useSuspenseQuery(crateQueries.dependencies(crate.name, version.num));
  // Descriptions and newest versions: the loader waited for them; if they
  // failed, the list shows without them and the summary offers a retry.
  const details = useQuery(crateQueries.byNames(deps.data.dependencies.map((d) => d.crate_id)));
  const crateOf = (name: string) =>
    details.data?.find((c) => canonicalCrateName(c.name) === canonicalCrateName(name));
  const freshnessOf = (d: Dependency) => {
    if (details.isError) return null;
    if (!details.data) return undefined;
    return classifyFreshness(d.req, crateOf(d.crate_id)?.max_stable_version ?? null);
  };

  return (
    <div className="space-y-8">
      <title>{`${crate.name} ${version.num} dependencies - crates.io: Rust Package Registry`}</title>
      {deps.data.dependencies.length === 0 ? (
        <EmptyState title={`${crate.name} ${version.num} has no dependencies`} />
      ) : (
        <>
          <FreshnessSummary
            statuses={
              details.data
                ? deps.data.dependencies.map((d) => freshnessOf(d)?.status ?? 'unknown')
                : undefined
            }
            details={details}
          />
          {GROUPS.map(({ kind, title }) => {
            const group = deps.data.dependencies.filter((d: Dependency) => d.kind === kind);
            if (group.length === 0) return null;
            return (
              <section key={kind} aria-labelledby={`deps-${kind}`}>
                <h2 id={`deps-${kind}`} className="mb-3 text-lg font-semibold">
                  {title} <span className="text-muted">({group.length})</span>
                </h2>
                <ul className="divide-y divide-line rounded-lg bg-surface ring-1 ring-line">
                  {group.map((d) => (
                    <li key={d.id}>
                      <DependencyRow
                        dependency={d}
                        description={
                          details.isPending ? undefined : (crateOf(d.crate_id)?.description ?? null)
                        }
                        freshness={freshnessOf(d)}
                      />
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
      <section aria-labelledby="features-title">
        <h2 id="features-title" className="mb-3 text-lg font-semibold">
          Features of {crate.name} {version.num}
        </h2>
        <FeatureList features={version.features as Features} />
      </section>
    </div>
  );
}
