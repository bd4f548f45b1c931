// What changes between two versions of a crate: dependencies, features and
// the metadata a user upgrading cares about.
import { lt, valid } from 'semver';
import type { Dependency, Features, Version } from '@/api/types';
import { sortSemverDesc } from './cargo-semver';
import { formatBytes, formatDate, formatNumber } from './format';

type DependencyLike = Pick<
  Dependency,
  'crate_id' | 'req' | 'kind' | 'optional' | 'default_features' | 'features' | 'target'
>;

/** A dependency is the same one across versions when its crate, kind and target match. */
const keyOf = (d: DependencyLike) => `${d.kind}\u0000${d.crate_id}\u0000${d.target ?? ''}`;

const sameDependency = (a: DependencyLike, b: DependencyLike) =>
  a.req === b.req &&
  a.optional === b.optional &&
  a.default_features === b.default_features &&
  [...a.features].sort().join() === [...b.features].sort().join();

export type DependencyDiff<D extends DependencyLike> = {
  added: D[];
  removed: D[];
  changed: { from: D; to: D }[];
  unchanged: number;
};

export function diffDependencies<D extends DependencyLike>(from: D[], to: D[]): DependencyDiff<D> {
  const before = new Map(from.map((d) => [keyOf(d), d]));
  const after = new Map(to.map((d) => [keyOf(d), d]));
  const order = (a: D, b: D) =>
    a.crate_id.localeCompare(b.crate_id) || a.kind.localeCompare(b.kind);
  const changed: { from: D; to: D }[] = [];
  let unchanged = 0;
  for (const [key, d] of after) {
    const old = before.get(key);
    if (!old) continue;
    if (sameDependency(old, d)) unchanged += 1;
    else changed.push({ from: old, to: d });
  }
  return {
    added: [...after]
      .filter(([k]) => !before.has(k))
      .map(([, d]) => d)
      .sort(order),
    removed: [...before]
      .filter(([k]) => !after.has(k))
      .map(([, d]) => d)
      .sort(order),
    changed: changed.sort((a, b) => order(a.to, b.to)),
    unchanged,
  };
}

export type FeatureDiff = {
  added: string[];
  removed: string[];
  changed: { name: string; from: string[]; to: string[] }[];
};

export function diffFeatures(from: Features, to: Features): FeatureDiff {
  const names = (f: Features) => Object.keys(f).sort();
  return {
    added: names(to).filter((n) => !(n in from)),
    removed: names(from).filter((n) => !(n in to)),
    changed: names(to)
      .filter(
        (n) => n in from && [...(from[n] ?? [])].sort().join() !== [...(to[n] ?? [])].sort().join(),
      )
      .map((name) => ({ name, from: from[name] ?? [], to: to[name] ?? [] })),
  };
}

/** How a version was published: by whom, or through trusted publishing. */
export function publisherOf(v: Version): string {
  const trustpub = v.trustpub_data as { provider?: string; repository?: string } | null | undefined;
  if (trustpub?.provider) {
    const via = trustpub.provider === 'github' ? 'GitHub Actions' : trustpub.provider;
    return `trusted publishing (${via}${trustpub.repository ? `, ${trustpub.repository}` : ''})`;
  }
  return v.published_by ? v.published_by.login : 'unknown';
}

export type MetadataRow = { label: string; from: string; to: string; changed: boolean };

export function diffMetadata(from: Version, to: Version): MetadataRow[] {
  const none = 'not set';
  const lines = (v: Version) => v.linecounts?.total_code_lines;
  const rows: [string, string, string][] = [
    ['Released', formatDate(from.created_at), formatDate(to.created_at)],
    ['MSRV', from.rust_version ?? none, to.rust_version ?? none],
    ['Edition', from.edition ?? none, to.edition ?? none],
    ['License', from.license ?? none, to.license ?? none],
    ['Crate size', formatBytes(from.crate_size), formatBytes(to.crate_size)],
    [
      'Lines of code',
      lines(from) === undefined ? 'not counted' : formatNumber(lines(from) as number),
      lines(to) === undefined ? 'not counted' : formatNumber(lines(to) as number),
    ],
    [
      'Binaries',
      (from.bin_names ?? []).join(', ') || 'none',
      (to.bin_names ?? []).join(', ') || 'none',
    ],
    ['Published by', publisherOf(from), publisherOf(to)],
    ['Yanked', from.yanked ? 'yes' : 'no', to.yanked ? 'yes' : 'no'],
  ];
  return rows.map(([label, a, b]) => ({ label, from: a, to: b, changed: a !== b }));
}

/** The version just below `num` by version number, or null for the first one. */
export function previousVersion(nums: string[], num: string): string | null {
  if (!valid(num)) return null;
  const lower = sortSemverDesc(
    nums.filter((n) => valid(n) && lt(n, num)),
    (n) => n,
  );
  return lower[0] ?? null;
}
