// The compare page's chart: one line per crate, each day the crate's downloads
// of all versions together (the broken-out versions plus `extra_downloads`).
import type { CrateDownloads } from '@/api/types';
import type { ChartData } from '@/components/download-chart/chart-data';
import { windowDates } from '@/components/download-chart/chart-data';
import { dailyTotals } from '@/components/download-chart/daily-totals';

/** Dash patterns by position, so crates differ by more than colour (also in print). */
const DASHES = [undefined, '8 4', '2 3', '10 3 2 3', '4 2'];

export type ComparedDownloads = {
  name: string;
  /** Where the crate is in the URL: its colour and dash stay put when others are removed. */
  slot: number;
  downloads: Pick<CrateDownloads, 'version_downloads' | 'meta'>;
};

export function compareChartData(crates: ComparedDownloads[], now: Date): ChartData {
  const dates = windowDates(now);
  const perCrate = crates.map((c) => dailyTotals(c.downloads));
  const rows = dates.map((date) => ({
    date,
    values: perCrate.map((totals) => totals.get(date) ?? 0),
  }));
  const series = crates.map((c, i) => ({
    label: c.name,
    colour: `var(--chart-${(c.slot % 7) + 1})`,
    dash: DASHES[c.slot % DASHES.length],
    total: rows.reduce((sum, row) => sum + (row.values[i] ?? 0), 0),
  }));
  return { series, rows, total: series.reduce((sum, s) => sum + s.total, 0) };
}
