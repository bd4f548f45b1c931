import { queryOptions } from '@tanstack/react-query';
import { call, client } from '../client';
import type { GitHubConfig, GitLabConfig } from '../types';
import { crateQueries } from './crates';
import { meQueries } from './me';

/** The `seek` or `page` of an API `next_page` query string. */
function nextPageParams(nextPage: string | null | undefined) {
  if (!nextPage) return null;
  const next = new URLSearchParams(nextPage);
  const seek = next.get('seek');
  const page = next.get('page');
  return seek ? { seek } : page ? { page: Number(page) } : null;
}

const PER_PAGE = 100;
/** A guard against a server that keeps answering with a next page. */
const MAX_PAGES = 20;

/**
 * The account-wide view of the logged-in user's crates for the security
 * console (`/settings/security`). Lists are fetched whole: a maintainer's
 * configs rarely fill one page, and the console needs all of them.
 */
export const securityQueries = {
  all: () => [...meQueries.all(), 'security'] as const,
  githubConfigs: (userId: number) =>
    queryOptions({
      queryKey: [...securityQueries.all(), 'trustpub', 'github', userId] as const,
      queryFn: async ({ signal }) => {
        const configs: GitHubConfig[] = [];
        let paging: { seek: string } | { page: number } | null = null;
        for (let i = 0; i < MAX_PAGES; i++) {
          const body = await call(
            client.GET('/api/v1/trusted_publishing/github_configs', {
              params: { query: { user_id: userId, per_page: PER_PAGE, ...paging } },
              signal,
            }),
          );
          configs.push(...body.github_configs);
          paging = nextPageParams(body.meta.next_page);
          if (!paging || body.github_configs.length === 0) break;
        }
        return configs;
      },
    }),
  gitlabConfigs: (userId: number) =>
    queryOptions({
      queryKey: [...securityQueries.all(), 'trustpub', 'gitlab', userId] as const,
      queryFn: async ({ signal }) => {
        const configs: GitLabConfig[] = [];
        let paging: { seek: string } | { page: number } | null = null;
        for (let i = 0; i < MAX_PAGES; i++) {
          const body = await call(
            client.GET('/api/v1/trusted_publishing/gitlab_configs', {
              params: { query: { user_id: userId, per_page: PER_PAGE, ...paging } },
              signal,
            }),
          );
          configs.push(...body.gitlab_configs);
          paging = nextPageParams(body.meta.next_page);
          if (!paging || body.gitlab_configs.length === 0) break;
        }
        return configs;
      },
    }),
  /** The crates the user owns (one page of 100, alphabetical). */
  ownedCrates: (userId: number) =>
    crateQueries.list({ user_id: userId, per_page: PER_PAGE, sort: 'alpha' }),
  /** A crate's most recent release, with how it was published. */
  lastRelease: (name: string) => crateQueries.versions(name, { per_page: 1, sort: 'date' }),
};
