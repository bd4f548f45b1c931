import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { call, client } from '../client';
import { crateQueries } from '../queries/crates';

/** What a yank or unyank changes: the crate (default version), its versions. */
function invalidateAfterYank(queryClient: QueryClient, name: string) {
  void queryClient.invalidateQueries({ queryKey: crateQueries.detailKey(name), exact: true });
  void queryClient.invalidateQueries({ queryKey: crateQueries.versionsKey(name) });
  void queryClient.invalidateQueries({ queryKey: crateQueries.lists() });
}

export const versionMutations = {
  /** Yank (with an optional message) or unyank, through `update_version`. */
  setYanked: (queryClient: QueryClient, name: string) =>
    mutationOptions({
      mutationKey: ['crate', name, 'yank'],
      mutationFn: (input: { version: string; yanked: boolean; message?: string | null }) =>
        call(
          client.PATCH('/api/v1/crates/{name}/{version}', {
            params: { path: { name, version: input.version } },
            body: {
              version: {
                yanked: input.yanked,
                yank_message: input.yanked ? (input.message ?? null) : null,
              },
            },
          }),
        ),
      onSuccess: () => invalidateAfterYank(queryClient, name),
    }),
  rebuildDocs: (name: string, version: string) =>
    mutationOptions({
      mutationKey: ['crate', name, version, 'rebuild-docs'],
      mutationFn: () =>
        call(
          client.POST('/api/v1/crates/{name}/{version}/rebuild_docs', {
            params: { path: { name, version } },
          }),
        ),
    }),
};
