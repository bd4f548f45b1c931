// Per-day download counts, derived deterministically from the versions of a
// crate: a crate-wide daily total (popularity, weekday dip, noise), shared
// among the versions that exist that day with newer versions taking over.
import type { VersionRow } from './db';
import { hash } from './random';

export const DOWNLOAD_DAYS = 90;
const DAY = 86_400_000;

export type DailySeries = { date: string; downloads: number }[];

/** The dates of the 90-day window ending on `now`'s day, oldest first. */
export function windowDates(now: Date): string[] {
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: DOWNLOAD_DAYS }, (_, i) =>
    new Date(end - (DOWNLOAD_DAYS - 1 - i) * DAY).toISOString().slice(0, 10),
  );
}

/** Daily downloads of the whole crate on one date. */
function crateDaily(crateId: number, popularity: number, date: string): number {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  const weekend = weekday === 0 || weekday === 6 ? 0.55 : 1;
  const noise = 0.8 + (hash(`${crateId}:${date}`) % 1000) / 2500;
  return Math.round(popularity ** 2.2 * 40 * weekend * noise);
}

/**
 * Per-version daily downloads over the window. Versions created later than a
 * day get nothing that day; yanked versions get a trickle.
 */
export function versionDailyDownloads(
  now: Date,
  crateId: number,
  popularity: number,
  versions: VersionRow[],
): Map<number, number[]> {
  const dates = windowDates(now);
  const result = new Map<number, number[]>();
  const byDate = [...versions].sort((a, b) => b.created_at.localeCompare(a.created_at));
  dates.forEach((date, day) => {
    const endOfDay = `${date}T23:59:59Z`;
    const existing = byDate.filter((v) => v.created_at <= endOfDay);
    if (existing.length === 0) return;
    // Newest version gets the largest share; each older one about 55% of the next.
    const weights = existing.map((v, rank) => (v.yanked ? 0.02 : 1) * 0.55 ** Math.min(rank, 40));
    const total = weights.reduce((a, b) => a + b, 0);
    const daily = crateDaily(crateId, popularity, date);
    existing.forEach((v, i) => {
      const share = Math.round((daily * (weights[i] ?? 0)) / total);
      if (share === 0) return;
      let series = result.get(v.id);
      if (!series) {
        series = new Array<number>(DOWNLOAD_DAYS).fill(0);
        result.set(v.id, series);
      }
      series[day] = share;
    });
  });
  return result;
}
