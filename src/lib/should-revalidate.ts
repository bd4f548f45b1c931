import type { ShouldRevalidateFunction } from 'react-router';

/**
 * For routes whose loaders read only the path: a change of the query string alone
 * (a ticked feature, a sort order on a child tab) has nothing new for them to load.
 * The same URL again ("Try again") still re-runs them.
 */
export const unlessOnlySearchChanged: ShouldRevalidateFunction = ({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}) =>
  currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search
    ? false
    : defaultShouldRevalidate;
