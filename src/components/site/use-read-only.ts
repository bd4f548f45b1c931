import { useQuery } from '@tanstack/react-query';
import { siteQueries } from '@/api/queries/site';

/** Whether the registry refuses writes right now (maintenance). */
export function useReadOnly(): boolean {
  return useQuery(siteQueries.metadata()).data?.read_only ?? false;
}
