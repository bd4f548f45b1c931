import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { call, client } from '../client';
import { meQueries } from '../queries/me';
import { setSessionHint } from '../session-hint';

export const beginSession = () => call(client.GET('/api/private/session/begin'));

export const sessionMutations = {
  /** Completes the GitHub OAuth flow; the registry sets the session cookie. */
  authorize: (queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: ['session', 'authorize'],
      mutationFn: (params: { code: string; state: string }) =>
        call(client.GET('/api/private/session/authorize', { params: { query: params } })),
      onSuccess: (result) => {
        setSessionHint(true);
        // Whatever a previous session cached is not this user's.
        queryClient.removeQueries({ queryKey: meQueries.all() });
        queryClient.setQueryData(meQueries.session().queryKey, result);
      },
    }),
  logout: (queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: ['session', 'logout'],
      mutationFn: () => call(client.DELETE('/api/private/session')),
      onSuccess: () => {
        setSessionHint(false);
        queryClient.removeQueries({ queryKey: meQueries.all() });
        queryClient.setQueryData(meQueries.session().queryKey, null);
      },
    }),
};
