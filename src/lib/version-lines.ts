// How downloads split across semver-compatible lines (1.x, 0.9.x, 0.0.3):
// pure, so the grouping rules (lines, pre-releases, yanked, what is not
// broken out) are unit-tested without a browser.
import { sortSemverDesc } from './cargo-semver';
import { releaseTrackOf } from './release-tracks';

export type GroupKind = 'line' | 'prerelease' | 'yanked' | 'other';

export const PRERELEASES = 'Pre-releases';
export const YANKED = 'Yanked';
export const NOT_BROKEN_OUT = 'Other versions';

/** "1.4.2" -> "1.x", "0.9.3" -> "0.9.x", "0.0.3" -> "0.0.3"; null for pre-releases and invalid numbers. */
export function semverLineOf(num: string): string | null {
  const track = releaseTrackOf(num);
  if (!track) return null;
  // release-tracks names 0.x lines "0.9", as the API's release_tracks do.
  return /^0\.[1-9]\d*$/.test(track) ? `${track}.x` : track;
}

export type VersionFacts = { num: string; yanked: boolean };

/** The group a version's downloads count towards: yanked first, then pre-release, then its line. */
export function groupOf(version: VersionFacts): { kind: GroupKind; label: string } {
  if (version.yanked) return { kind: 'yanked', label: YANKED };
  const line = semverLineOf(version.num);
  if (!line) return { kind: 'prerelease', label: PRERELEASES };
  return { kind: 'line', label: line };
}

/** Lines newest first by their numbers: 2.x, 1.x, 0.10.x, 0.9.x, 0.0.3. */
function compareLinesDesc(a: string, b: string): number {
  const parts = (label: string) => label.split('.').map((p) => (p === 'x' ? 0 : Number(p)));
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < 3; i++) {
    const d = (pb[i] ?? 0) - (pa[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export type RankedVersion = VersionFacts & { downloads: number };

/**
 * Which versions to ask daily downloads for, beyond those already known: the
 * newest of each stable line (Cargo resolves a requirement to the newest
 * compatible version, so that is where a line's downloads go), the lines
 * taken in order of their all-time downloads, then the second newest of each,
 * and so on, up to `cap`. Pre-releases and yanked versions are never fetched:
 * they matter least.
 */
export function versionsToFetch(
  versions: RankedVersion[],
  known: ReadonlySet<string>,
  cap: number,
): string[] {
  const lines = new Map<string, RankedVersion[]>();
  for (const v of versions) {
    const group = groupOf(v);
    if (group.kind !== 'line' || known.has(v.num)) continue;
    const list = lines.get(group.label) ?? [];
    list.push(v);
    lines.set(group.label, list);
  }
  const sum = (list: RankedVersion[]) => list.reduce((a, v) => a + v.downloads, 0);
  const ranked = [...lines.values()]
    .map((list) => sortSemverDesc(list, (v) => v.num))
    .sort((a, b) => sum(b) - sum(a));
  const picked: string[] = [];
  for (let round = 0; picked.length < cap; round++) {
    const next = ranked.flatMap((list) => list[round]?.num ?? []);
    if (next.length === 0) break;
    picked.push(...next.slice(0, cap - picked.length));
  }
  return picked;
}

export type AdoptionGroup = {
  label: string;
  kind: GroupKind;
  /** Downloads over the window. */
  total: number;
  /** 0..1 of the shown groups' total. */
  share: number;
};

export type AdoptionData = {
  /** Lines newest first, then pre-releases, yanked, and what was not broken out. */
  groups: AdoptionGroup[];
  /** Oldest day first; one value per group, in group order. */
  rows: { date: string; values: number[] }[];
  total: number;
};

export type AdoptionInput = {
  /** The window's ISO dates, oldest first. */
  dates: string[];
  /** Versions whose daily downloads are known: date -> downloads. */
  known: (VersionFacts & { daily: ReadonlyMap<string, number> })[];
  /** The crate's downloads per day, all versions together. */
  totals: ReadonlyMap<string, number>;
};

const KIND_ORDER: Record<GroupKind, number> = { line: 0, prerelease: 1, yanked: 2, other: 3 };

/**
 * Downloads per group and day. Downloads of versions not broken out (the day's
 * total minus the known versions) are their own group, never guessed onto a
 * line. Without `includeApart`, pre-releases and yanked versions are left out
 * and the shares are of the rest.
 */
export function adoptionData(input: AdoptionInput, includeApart: boolean): AdoptionData {
  const perGroup = new Map<string, { kind: GroupKind; daily: Map<string, number> }>();
  const known = new Map<string, number>();
  const add = (label: string, kind: GroupKind, date: string, n: number) => {
    let group = perGroup.get(label);
    if (!group) {
      group = { kind, daily: new Map() };
      perGroup.set(label, group);
    }
    group.daily.set(date, (group.daily.get(date) ?? 0) + n);
  };
  const dates = new Set(input.dates);
  for (const version of input.known) {
    const { kind, label } = groupOf(version);
    for (const [date, n] of version.daily) {
      if (!dates.has(date)) continue;
      known.set(date, (known.get(date) ?? 0) + n);
      if (includeApart || kind === 'line') add(label, kind, date, n);
    }
  }
  for (const date of input.dates) {
    const rest = (input.totals.get(date) ?? 0) - (known.get(date) ?? 0);
    if (rest > 0) add(NOT_BROKEN_OUT, 'other', date, rest);
  }
  const entries = [...perGroup.entries()].sort(
    ([a, ga], [b, gb]) =>
      KIND_ORDER[ga.kind] - KIND_ORDER[gb.kind] ||
      (ga.kind === 'line' ? compareLinesDesc(a, b) : 0),
  );
  const totals = entries.map(([, g]) => [...g.daily.values()].reduce((a, b) => a + b, 0));
  const total = totals.reduce((a, b) => a + b, 0);
  return {
    groups: entries.map(([label, g], i) => ({
      label,
      kind: g.kind,
      total: totals[i] ?? 0,
      share: total > 0 ? (totals[i] ?? 0) / total : 0,
    })),
    rows: input.dates.map((date) => ({
      date,
      values: entries.map(([, g]) => g.daily.get(date) ?? 0),
    })),
    total,
  };
}

/** 0.834 -> "83 %"; a share above zero never shows as "0 %". (No Intl: see lib/format.ts.) */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.005) return '< 1 %';
  // toPrecision first, so 0.145 is 14.5 % (and rounds up) as written, not 14.4999… %.
  return `${Math.round(Number((share * 100).toPrecision(12)))} %`;
}

/** "83 % of downloads in the last 90 days are on 1.x; 0.8.x still gets 12 %." */
export function adoptionSummary(data: AdoptionData): string | null {
  const lines = data.groups.filter((g) => g.kind === 'line').sort((a, b) => b.total - a.total);
  const [first, second] = lines;
  if (!first || data.total === 0) return null;
  const lead = `${formatShare(first.share)} of downloads in the last 90 days are on ${first.label}`;
  return second && second.total > 0
    ? `${lead}; ${second.label} still gets ${formatShare(second.share)}.`
    : `${lead}.`;
}
