import type { LoaderFunction } from 'react-router';

/**
 * A loader kept out of the entry chunk: its module is fetched on the route's
 * first visit, side by side with the page's code (React Router runs a static
 * loader while it loads `lazy`). The page's requests then start one small
 * chunk later than with a static loader, so this is for rarely visited areas
 * (account, owner pages, the code browser); the routes most visits start on
 * keep static loaders.
 */
export function lazyLoader(load: () => Promise<LoaderFunction>): LoaderFunction {
  let loading: Promise<LoaderFunction> | undefined;
  return async (args, context) => {
    loading ??= load().catch((error: unknown) => {
      // A failed chunk (offline, a new deploy) is tried again on the next visit.
      loading = undefined;
      throw error;
    });
    return (await loading)(args, context);
  };
}
