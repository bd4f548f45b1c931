import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { call, client } from '../client';
import { meQueries } from '../queries/me';
import { setSessionHint } from '../session-hint';
import type { ResponseOf } from '../types';

export const beginSession = () => call(client.GET('/api/private/session/begin'));

/**
 * A new session (or none): the session query takes the new value in place, so
 * whoever watches it updates; every other private query of the previous
 * session is dropped, so nothing of it can show.
 */
function switchSession(
  queryClient: QueryClient,
  session: ResponseOf<'get_authenticated_user'> | null,
) {
  setSessionHint(session !== null);
  const sessionKey = meQueries.session().queryKey;
  queryClient.setQueryData(sessionKey, session);
  queryClient.removeQueries({
    queryKey: meQueries.all(),
    predicate: (query) => query.queryKey[1] !== sessionKey[1],
  });
}

export const sessionMutations = {
  /** Completes the GitHub OAuth flow; the registry sets the session cookie. */
  authorize: (queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: ['session', 'authorize'],
      mutationFn: (params: { code: string; state: string }) =>
        call(client.GET('/api/private/session/authorize', { params: { query: params } })),
      onSuccess: (result) => switchSession(queryClient, result),
    }),
  logout: (queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: ['session', 'logout'],
      mutationFn: () => call(client.DELETE('/api/private/session')),
      onSuccess: () => switchSession(queryClient, null),
    }),
};
