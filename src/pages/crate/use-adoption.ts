import { useInfiniteQuery, useQueries, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { crateQueries } from '@/api/queries/crates';
import { type ChartData, windowDates } from '@/components/download-chart/chart-data';
import { dailyTotals } from '@/components/download-chart/daily-totals';
import { FULL_LIST_MAX } from '@/lib/adoption-limits';
import { useFirstPaintDone } from '@/lib/first-paint';
import { useStaggeredCount } from '@/lib/use-staggered-count';
import { type AdoptionData, adoptionData, versionsToFetch } from '@/lib/version-lines';

/**
 * Per-version daily downloads need one request per version, so only a few are
 * asked for: beyond the newest five (which the crate's downloads carry), at
 * most this many, the most downloaded of each line first.
 */
export const EXTRA_VERSIONS = 10;

/**
 * The data behind the Adoption section: the crate's downloads (shared with
 * its overview), its version list (one request, shared with the timeline),
 * and the daily downloads of a bounded set of versions, all cached.
 */
export function useAdoption(crateName: string, numVersions: number, includeApart: boolean) {
  const [now] = useState(() => new Date());
  // Large answers: not before the first page of the visit has painted (lib/first-paint.ts).
  const painted = useFirstPaintDone();
  const downloads = useQuery({ ...crateQueries.downloads(crateName), enabled: painted });
  const full = numVersions <= FULL_LIST_MAX;
  const all = useQuery({ ...crateQueries.versions(crateName), enabled: painted && full });
  // The list's own first page (100 newest), already loaded by the Versions tab.
  const newest = useInfiniteQuery({
    ...crateQueries.versionPages(crateName, 'date'),
    enabled: painted && !full,
  });
  const versions = full
    ? all
    : { ...newest, data: newest.data && { versions: newest.data.pages[0]?.versions ?? [] } };
  const list = full ? all.data?.versions : newest.data?.pages[0]?.versions;
  const broken = downloads.data?.versions ?? [];
  // Memoised: the section renders once per request started below.
  const known = useMemo(
    () => new Set(downloads.data?.versions?.map((v) => v.num)),
    [downloads.data],
  );
  // Only once the broken-out versions are known, so no version is asked for twice.
  const extra = useMemo(
    () => (list && downloads.data ? versionsToFetch(list, known, EXTRA_VERSIONS) : []),
    [list, downloads.data, known],
  );
  // Those not cached yet start one per task (lib/use-staggered-count.ts).
  const started = useStaggeredCount(extra.length);
  const fetched = useQueries({
    queries: extra.map((num, i) => ({
      ...crateQueries.versionDownloads(crateName, num),
      enabled: i < started,
    })),
  });
  const byNum = new Map(versions.data?.versions.map((v) => [v.num, v]));

  const answered = Boolean(downloads.data && versions.data && fetched.every((q) => q.data));
  // The figures are built and drawn in a render React may slice: the answer that completes
  // them comes in a query's update, which React renders at once, in one task (about 60 ms
  // at a phone's 4x CPU slowdown). Deferred, that render still shows the placeholder.
  const ready = useDeferredValue(answered) && answered;
  let data: AdoptionData | undefined;
  if (ready && downloads.data) {
    const perVersion = (
      entries: { version: number; date: string; downloads: number }[],
      id: number,
    ) => new Map(entries.filter((e) => e.version === id).map((e) => [e.date, e.downloads]));
    const fromCrate = broken.map((v) => ({
      num: v.num,
      yanked: byNum.get(v.num)?.yanked ?? v.yanked,
      daily: perVersion(downloads.data.version_downloads, v.id),
    }));
    const fromVersions = extra.map((num, i) => {
      const entries = fetched[i]?.data?.version_downloads ?? [];
      return {
        num,
        yanked: byNum.get(num)?.yanked ?? false,
        daily: new Map(entries.map((e) => [e.date, e.downloads])),
      };
    });
    data = adoptionData(
      {
        dates: windowDates(now),
        known: [...fromCrate, ...fromVersions],
        totals: dailyTotals(downloads.data),
      },
      includeApart,
    );
  }
  return {
    data,
    /** Every query the figures are built from (`versions` refetches the list it reads). */
    queries: [downloads, versions, ...fetched],
    /** How many versions the figures are built from, of how many. */
    basis: { versions: known.size + extra.length, of: numVersions, full },
  };
}

/** The share chart's series: lines in the palette's order, "Other versions" in the neutral. */
export function adoptionChartData(data: AdoptionData): ChartData {
  return {
    series: data.groups.map((g, i) => ({
      label: g.label,
      colour: g.kind === 'other' ? 'var(--chart-8)' : `var(--chart-${(i % 7) + 1})`,
      total: g.total,
    })),
    rows: data.rows,
    total: data.total,
  };
}
