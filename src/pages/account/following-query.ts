import type { CrateListQuery } from '@/api/types';

export const FOLLOWING_SORTS = [
  { value: 'alpha', label: 'Alphabetical' },
  { value: 'downloads', label: 'All-Time Downloads' },
];
export const FOLLOWING_PER_PAGE = 10;

/** The followed-crates list of /me/following, from its URL. */
export function followingQuery(
  params: URLSearchParams,
): CrateListQuery & { page: number; sort: string } {
  const sort = params.get('sort') === 'downloads' ? 'downloads' : 'alpha';
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  return { following: '1', sort, page, per_page: FOLLOWING_PER_PAGE };
}
