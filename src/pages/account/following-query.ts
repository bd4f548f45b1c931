import type { CrateListQuery } from '@/api/types';
import { FOLLOWING_LIST, type ListState } from '@/lib/list-params';

/** The followed-crates list of /me/following, for its URL's list state. */
export function followingQuery({ sort, page }: ListState): CrateListQuery & {
  page: number;
  sort: string;
} {
  return { following: '1', sort, page, per_page: FOLLOWING_LIST.perPage };
}
