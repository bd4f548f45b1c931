import { memo, type ReactNode } from 'react';
import type { Location } from 'react-router';

type Props = { children: ReactNode; location: Location; loading: boolean };

/**
 * The page on screen while the router loads the next one. The router re-renders
 * every route's element on each change of its state, so the start of a navigation
 * re-rendered the whole old page (its charts included) just before replacing it;
 * on Back that render is synchronous (React flushes popstate updates at once).
 * While a navigation is pending and the location is unchanged, the page is left
 * as it is. Its own state changes still render it, and so does anything that reads
 * the navigation (useNavigation is a context: a pending "Try again" still shows).
 */
export const StillWhileLoading = memo(
  function StillWhileLoading({ children }: Props) {
    return children;
  },
  (previous, next) => next.loading && previous.location === next.location,
);
