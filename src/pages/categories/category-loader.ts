import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { categoryQueries } from '@/api/queries/categories';
import { crateQueries } from '@/api/queries/crates';
import { ensure, prefetch } from '@/api/query-client';
import { crateListConfig, crateListQuery } from '@/lib/crate-lists';
import { type ListState, readListParams } from '@/lib/list-params';
import { toPageError } from '@/lib/page-error';

export const CATEGORY_CRATES_LIST = crateListConfig('recent-downloads');

export const categoryCratesQuery = (slug: string, state: ListState) =>
  crateListQuery({ category: slug }, state, CATEGORY_CRATES_LIST);

/** The category decides between the page and its not-found; its crates load alongside. */
export const categoryLoader =
  (queryClient: QueryClient) =>
  async ({ request, params }: LoaderFunctionArgs) => {
    const slug = params.slug ?? '';
    const state = readListParams(new URL(request.url).searchParams, CATEGORY_CRATES_LIST);
    prefetch(queryClient, crateQueries.list(categoryCratesQuery(slug, state)));
    await ensure(queryClient, categoryQueries.detail(slug)).catch(
      toPageError({
        notFound: `Category "${slug}" not found`,
        failed: `${slug}: Failed to load category data`,
      }),
    );
    return null;
  };
