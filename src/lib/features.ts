import type { Features } from '@/api/types';

/** `default` first, then the rest alphabetically. */
export function featureNames(features: Features): string[] {
  return Object.keys(features).sort((a, b) =>
    a === 'default' ? -1 : b === 'default' ? 1 : a.localeCompare(b),
  );
}

export type FeatureItem =
  /** Another feature of this crate. */
  | { kind: 'feature'; name: string }
  /** An optional dependency (`dep:name`, or the legacy bare name). */
  | { kind: 'dependency'; name: string }
  /** A feature of a dependency: `dep/feature`, or `dep?/feature` (only if enabled otherwise). */
  | { kind: 'dependency-feature'; name: string; feature: string; weak: boolean };

/** What one entry of a feature's list turns on, in Cargo's feature syntax. */
export function parseFeatureItem(item: string, features: Features): FeatureItem {
  if (item.startsWith('dep:')) return { kind: 'dependency', name: item.slice(4) };
  const slash = item.indexOf('/');
  if (slash > 0) {
    const dep = item.slice(0, slash);
    const weak = dep.endsWith('?');
    return {
      kind: 'dependency-feature',
      name: weak ? dep.slice(0, -1) : dep,
      feature: item.slice(slash + 1),
      weak,
    };
  }
  return item in features ? { kind: 'feature', name: item } : { kind: 'dependency', name: item };
}

/** "feature std", "optional dependency serde", "feature derive of serde (if enabled)". */
export function describeFeatureItem(item: FeatureItem): string {
  switch (item.kind) {
    case 'feature':
      return `feature ${item.name}`;
    case 'dependency':
      return `optional dependency ${item.name}`;
    case 'dependency-feature':
      return `feature ${item.feature} of ${item.name}${item.weak ? ' (if enabled)' : ''}`;
  }
}
