// Turns the registry's download counts into what the chart and its table
// show: 90 daily rows and one series per version (plus "Other"). Pure, so
// every rule (cut-offs, ordering, gaps) is unit-tested without a browser.
import { compareVersions, validateStrict } from 'compare-versions';
import type { CrateDownloads, Version, VersionDownloads } from '@/api/types';

export const CHART_DAYS = 90;
/** The charts' keyboard help (recharts' accessibility layer reads the days with the arrow keys). */
export const CHART_KEYS_HELP =
  'Use the left and right arrow keys to read the downloads day by day.';
export const OTHER_LABEL = 'Other';
const DAY_MS = 86_400_000;
/** Palette steps (`--chart-1`…`--chart-8`); the last one, a neutral, is kept for "Other". */
const VERSION_COLOURS = 7;

/** What the chart reads of `get_crate_downloads` (with `include=versions`). */
export type CrateDownloadsInput = Pick<CrateDownloads, 'version_downloads' | 'meta'> & {
  versions?: Pick<Version, 'id' | 'num' | 'created_at'>[] | null;
};

export type ChartSeries = {
  label: string;
  /** A CSS colour (a theme variable), so the chart follows light and dark mode. */
  colour: string;
  /** Downloads over the window. */
  total: number;
  /** An SVG dash pattern, so lines differ by more than colour. */
  dash?: string;
};

export type ChartRow = {
  /** ISO date, `2026-11-20`. */
  date: string;
  /** One value per series, in series order; null before the series starts (nothing is drawn). */
  values: (number | null)[];
};

export type ChartData = {
  /** Newest version first, "Other" last. */
  series: ChartSeries[];
  /** Oldest day first, ending today (UTC). */
  rows: ChartRow[];
  total: number;
};

/** The ISO dates of the window ending on `now`'s UTC day, oldest first. UTC has no DST. */
export function windowDates(now: Date, days = CHART_DAYS): string[] {
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: days }, (_, i) => isoDay(end - (days - 1 - i) * DAY_MS));
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The day before `iso`'s UTC day: a series starts there so its line rises from zero. */
function dayBefore(iso: string): string | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : isoDay(ms - DAY_MS);
}

/** Newest first by semver; numbers semver can't read go after, newest-looking first. */
export function compareVersionsDesc(a: string, b: string): number {
  // compare-versions (1 KB) rather than semver (10 KB): this runs on every crate page.
  const va = validateStrict(a);
  const vb = validateStrict(b);
  if (va && vb) return compareVersions(b, a);
  if (va) return -1;
  if (vb) return 1;
  return b.localeCompare(a, 'en', { numeric: true });
}

type SeriesInput = {
  label: string;
  /** date -> downloads */
  counts: Map<string, number>;
  /** When the series' subject was created; it starts the day before. */
  createdAt?: string | null;
};

function build(inputs: SeriesInput[], now: Date, cutAt: string | null): ChartData {
  const dates = windowDates(now);
  const crateStart = cutAt ? dayBefore(cutAt) : null;
  const starts = inputs.map((input) => {
    const own = input.createdAt ? dayBefore(input.createdAt) : null;
    // The later of the two cut-offs wins; ISO dates compare as strings.
    return [own, crateStart].reduce<string>((a, b) => (b && b > a ? b : a), '');
  });
  const rows = dates.map((date) => ({
    date,
    values: inputs.map((input, i) =>
      date >= (starts[i] ?? '') ? (input.counts.get(date) ?? 0) : null,
    ),
  }));
  const series = inputs.map((input, i) => ({
    label: input.label,
    colour: `var(--chart-${input.label === OTHER_LABEL ? 8 : (i % VERSION_COLOURS) + 1})`,
    total: rows.reduce((sum, row) => sum + (row.values[i] ?? 0), 0),
  }));
  return { series, rows, total: series.reduce((sum, s) => sum + s.total, 0) };
}

function add(counts: Map<string, number>, date: string, downloads: number) {
  counts.set(date, (counts.get(date) ?? 0) + downloads);
}

/**
 * The crate page's chart, from `get_crate_downloads?include=versions`: a series
 * per version the registry broke out (its newest), and "Other" for the rest
 * (`extra_downloads`, plus counts of versions it did not describe).
 */
export function crateChartData(
  response: CrateDownloadsInput,
  crateCreatedAt: string | null,
  now: Date,
): ChartData {
  const versions = new Map((response.versions ?? []).map((v) => [v.id, v]));
  const perVersion = new Map<number, Map<string, number>>(
    [...versions.keys()].map((id) => [id, new Map()]),
  );
  const other = new Map<string, number>();
  for (const entry of response.version_downloads) {
    const counts = perVersion.get(entry.version) ?? other;
    add(counts, entry.date, entry.downloads);
  }
  for (const entry of response.meta.extra_downloads) add(other, entry.date, entry.downloads);

  const inputs: SeriesInput[] = [...versions.values()]
    .map((v) => ({
      label: v.num,
      createdAt: v.created_at,
      counts: perVersion.get(v.id) ?? new Map(),
    }))
    .sort((a, b) => compareVersionsDesc(a.label, b.label));
  if (other.size > 0) inputs.push({ label: OTHER_LABEL, counts: other });
  return build(inputs, now, crateCreatedAt);
}

/** A version page's chart: that version alone, from its creation. */
export function versionChartData(
  response: VersionDownloads,
  version: { num: string; created_at: string | null },
  now: Date,
): ChartData {
  const counts = new Map<string, number>();
  for (const entry of response.version_downloads) add(counts, entry.date, entry.downloads);
  return build([{ label: version.num, createdAt: version.created_at, counts }], now, null);
}
