import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { crateQueries } from '@/api/queries/crates';
import type { Dependency, Features } from '@/api/types';
import { useCrate, useSelectedVersion } from '@/components/crate/use-crate';
import { EmptyState } from '@/components/ui/empty-state';
import { DependencyRow } from './dependency-row';
import { FeatureList } from './feature-list';

const GROUPS = [
  { kind: 'normal', title: 'Dependencies' },
  { kind: 'build', title: 'Build-Dependencies' },
  { kind: 'dev', title: 'Dev-Dependencies' },
] as const;

export function Component() {
  const { crate } = useCrate();
  const { version } = useSelectedVersion();
  const deps = useSuspenseQuery(crateQueries.dependencies(crate.name, version.num));
  const names = [...new Set(deps.data.dependencies.map((d) => d.crate_id))].sort();
  // Descriptions are a nicety: one request for all, and the list never waits for it.
  const details = useQuery({
    ...crateQueries.list({ 'ids[]': names, per_page: 100 }),
    enabled: names.length > 0,
  });
  const description = (name: string) =>
    details.data?.crates.find((c) => c.name === name)?.description ?? null;

  return (
    <div className="space-y-8">
      <title>{`${crate.name} ${version.num} dependencies - crates.io: Rust Package Registry`}</title>
      {deps.data.dependencies.length === 0 ? (
        <EmptyState title={`${crate.name} ${version.num} has no dependencies`} />
      ) : (
        GROUPS.map(({ kind, title }) => {
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
                      description={details.isPending ? undefined : description(d.crate_id)}
                    />
                  </li>
                ))}
              </ul>
            </section>
          );
        })
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
