import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { type ListChanges, type ListConfig, listSearch, readListParams } from './list-params';

/**
 * A list page's state from the URL, with links and setters that keep the rest
 * of the URL. Every change is a history entry, so back/forward walks through it.
 */
export function useListParams(config: ListConfig) {
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const state = readListParams(params, config);
  const hrefWith = (changes: ListChanges) => `${pathname}${listSearch(params, changes, config)}`;
  return {
    ...state,
    hrefWith,
    hrefFor: (page: number) => hrefWith({ page }),
    setSort: (sort: string) => navigate(hrefWith({ sort })),
  };
}

export type ListParams = ReturnType<typeof useListParams>;
