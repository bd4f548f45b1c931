import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { call, client } from '../client';
import { crateQueries } from '../queries/crates';
import { crateAdminQueries, meQueries } from '../queries/me';
import type { CrateList } from '../types';

export const crateMutations = {
  follow: (queryClient: QueryClient, name: string) =>
    mutationOptions({
      mutationKey: ['crate', name, 'follow'],
      mutationFn: (follow: boolean) =>
        call(
          follow
            ? client.PUT('/api/v1/crates/{name}/follow', { params: { path: { name } } })
            : client.DELETE('/api/v1/crates/{name}/follow', { params: { path: { name } } }),
        ),
      onSuccess: (_data, follow) => {
        queryClient.setQueryData(meQueries.following(name).queryKey, { following: follow });
        // The followed-crates list and the update feed change with it.
        void queryClient.invalidateQueries({ queryKey: [...meQueries.all(), 'crates'] });
        void queryClient.invalidateQueries({ queryKey: meQueries.updates().queryKey });
      },
    }),
  update: (queryClient: QueryClient, name: string) =>
    mutationOptions({
      mutationKey: ['crate', name, 'update'],
      mutationFn: (settings: { trustpub_only: boolean }) =>
        call(
          client.PATCH('/api/v1/crates/{name}', {
            params: { path: { name } },
            body: { crate: settings },
          }),
        ),
      onSuccess: ({ crate }) => {
        queryClient.setQueryData(crateQueries.detail(name).queryKey, (old) =>
          old ? { ...old, crate } : old,
        );
        // Lists holding the crate (the security console's owned crates) show the new setting.
        queryClient.setQueriesData<CrateList>({ queryKey: crateQueries.lists() }, (old) =>
          old?.crates.some((c) => c.id === crate.id)
            ? {
                ...old,
                crates: old.crates.map((c) =>
                  c.id === crate.id ? { ...c, trustpub_only: crate.trustpub_only } : c,
                ),
              }
            : old,
        );
      },
    }),
  delete: (queryClient: QueryClient, name: string) =>
    mutationOptions({
      mutationKey: ['crate', name, 'delete'],
      mutationFn: (message: string) =>
        call(
          client.DELETE('/api/v1/crates/{name}', {
            params: { path: { name }, query: { message } },
          }),
        ),
      onSuccess: () => {
        queryClient.removeQueries({ queryKey: crateQueries.detailKey(name) });
        void queryClient.invalidateQueries({ queryKey: crateQueries.lists() });
        void queryClient.invalidateQueries({ queryKey: meQueries.session().queryKey });
      },
    }),
  addOwner: (queryClient: QueryClient, name: string) =>
    mutationOptions({
      mutationKey: ['crate', name, 'add-owner'],
      mutationFn: (login: string) =>
        call(
          client.PUT('/api/v1/crates/{name}/owners', {
            params: { path: { name } },
            body: { owners: [login] },
          }),
        ),
      onSuccess: () => {
        // Teams join at once; users get an invitation.
        void queryClient.invalidateQueries({ queryKey: crateQueries.owners(name).queryKey });
        void queryClient.invalidateQueries({
          queryKey: crateAdminQueries.invitations(name).queryKey,
        });
      },
    }),
  removeOwner: (queryClient: QueryClient, name: string) =>
    mutationOptions({
      mutationKey: ['crate', name, 'remove-owner'],
      mutationFn: (login: string) =>
        call(
          client.DELETE('/api/v1/crates/{name}/owners', {
            params: { path: { name } },
            body: { owners: [login] },
          }),
        ),
      onSuccess: (_data, login) => {
        queryClient.setQueryData(crateQueries.owners(name).queryKey, (old) =>
          old ? { users: old.users.filter((owner) => owner.login !== login) } : old,
        );
      },
    }),
};
