import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { crateQueries } from '@/api/queries/crates';
import { crateChartData, versionChartData } from './chart-data';

export type DownloadsChartSource = {
  crateName: string;
  /** Chart this version alone; without it, the crate's newest versions and "Other". */
  version?: string;
  /** When the charted crate (or version) was created: the series start the day before. */
  createdAt: string;
};

/** The downloads of a crate or of one version, as chart data ending today (UTC). */
export function useDownloadsChart({ crateName, version, createdAt }: DownloadsChartSource) {
  // "Today" is fixed when the widget mounts, so the window does not move while it is open.
  const [now] = useState(() => new Date());
  const forCrate = version === undefined;
  const crate = useQuery({ ...crateQueries.downloads(crateName), enabled: forCrate });
  const one = useQuery({
    ...crateQueries.versionDownloads(crateName, version ?? ''),
    enabled: !forCrate,
  });
  const query = forCrate ? crate : one;
  const data = useMemo(() => {
    if (forCrate) return crate.data && crateChartData(crate.data, createdAt, now);
    return one.data && versionChartData(one.data, { num: version, created_at: createdAt }, now);
  }, [forCrate, crate.data, one.data, version, createdAt, now]);
  return { data, query };
}
