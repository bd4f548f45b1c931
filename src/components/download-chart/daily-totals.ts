import type { CrateDownloads } from '@/api/types';

/** A crate's downloads per day, all versions together: the broken-out versions plus `extra_downloads`. */
export function dailyTotals(
  downloads: Pick<CrateDownloads, 'version_downloads' | 'meta'>,
): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (date: string, n: number) => totals.set(date, (totals.get(date) ?? 0) + n);
  for (const entry of downloads.version_downloads) add(entry.date, entry.downloads);
  for (const entry of downloads.meta.extra_downloads) add(entry.date, entry.downloads);
  return totals;
}
