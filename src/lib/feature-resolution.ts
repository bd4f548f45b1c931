// Which features and optional dependencies a selection turns on, by Cargo's
// rules (doc.rust-lang.org/cargo/reference/features.html):
// - a feature enables the features and dependencies it lists, transitively;
// - `dep:name` enables an optional dependency without a feature of that name;
// - an optional dependency never named with `dep:` is also an implicit feature;
// - `name/feature` enables a feature of a dependency, and the dependency itself
//   when it is optional;
// - `name?/feature` enables that feature only if the dependency is enabled anyway.
import type { Dependency, Features } from '@/api/types';
import { parseFeatureItem } from './features';

type DependencyLike = Pick<Dependency, 'crate_id' | 'optional' | 'kind'>;

/** Optional dependencies that act as features because no `dep:` names them. */
export function implicitFeatures(features: Features, dependencies: DependencyLike[]): string[] {
  const named = new Set(
    Object.values(features)
      .flat()
      .filter((item) => item.startsWith('dep:'))
      .map((item) => item.slice(4)),
  );
  const optional = dependencies
    .filter((d) => d.optional && d.kind !== 'dev')
    .map((d) => d.crate_id);
  return [...new Set(optional)].filter((name) => !named.has(name) && !(name in features)).sort();
}

export type Resolution = {
  /** Every feature of this crate that ends up on, sorted. */
  features: string[];
  /** Optional dependencies turned on, sorted. */
  optionalDependencies: string[];
  /** Features enabled on dependencies (only those that are on), by dependency. */
  dependencyFeatures: Record<string, string[]>;
  /** Distinct crates the build pulls in directly (normal and build dependencies that are on). */
  dependencyCount: number;
};

export function resolveFeatures(
  features: Features,
  dependencies: DependencyLike[],
  selection: { features: string[]; defaultFeatures: boolean },
): Resolution {
  const implicit = new Set(implicitFeatures(features, dependencies));
  const optional = new Set(
    dependencies.filter((d) => d.optional && d.kind !== 'dev').map((d) => d.crate_id),
  );
  const onFeatures = new Set<string>();
  const onDeps = new Set<string>();
  const strong = new Map<string, Set<string>>();
  const weak: [string, string][] = [];
  const addTo = (map: Map<string, Set<string>>, dep: string, feature: string) => {
    const set = map.get(dep) ?? new Set<string>();
    set.add(feature);
    map.set(dep, set);
  };

  const queue = [...selection.features];
  if (selection.defaultFeatures && 'default' in features) queue.unshift('default');
  const enableDependency = (name: string) => {
    if (!optional.has(name)) return;
    onDeps.add(name);
    if (implicit.has(name)) queue.push(name);
  };
  while (queue.length > 0) {
    const feature = queue.shift() as string;
    if (onFeatures.has(feature)) continue;
    if (implicit.has(feature)) {
      onFeatures.add(feature);
      onDeps.add(feature);
      continue;
    }
    if (!(feature in features)) continue;
    onFeatures.add(feature);
    for (const raw of features[feature] ?? []) {
      const item = parseFeatureItem(raw, features);
      if (item.kind === 'feature') queue.push(item.name);
      else if (item.kind === 'dependency') enableDependency(item.name);
      else if (item.weak) weak.push([item.name, item.feature]);
      else {
        enableDependency(item.name);
        addTo(strong, item.name, item.feature);
      }
    }
  }
  // Weak features wait until every strong enablement is known.
  for (const [dep, feature] of weak) {
    if (!optional.has(dep) || onDeps.has(dep)) addTo(strong, dep, feature);
  }

  const isOn = (d: DependencyLike) => !d.optional || onDeps.has(d.crate_id);
  const dependencyFeatures: Record<string, string[]> = {};
  for (const [dep, set] of [...strong].sort(([a], [b]) => a.localeCompare(b))) {
    if (!optional.has(dep) || onDeps.has(dep)) dependencyFeatures[dep] = [...set].sort();
  }
  return {
    features: [...onFeatures].sort(),
    optionalDependencies: [...onDeps].sort(),
    dependencyFeatures,
    dependencyCount: new Set(
      dependencies.filter((d) => d.kind !== 'dev' && isOn(d)).map((d) => d.crate_id),
    ).size,
  };
}
