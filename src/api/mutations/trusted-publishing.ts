import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { call, client } from '../client';
import { crateAdminQueries } from '../queries/me';
import { securityQueries } from '../queries/security';
import type { GitHubConfig, GitLabConfig } from '../types';

/** The account-wide lists (security console) of one provider's configs. */
const accountConfigs = (provider: 'github' | 'gitlab') => [
  ...securityQueries.all(),
  'trustpub',
  provider,
];

export type NewGitHubConfig = {
  repository_owner: string;
  repository_name: string;
  workflow_filename: string;
  environment: string | null;
};
export type NewGitLabConfig = {
  namespace: string;
  project: string;
  workflow_filepath: string;
  environment: string | null;
};

export const trustedPublishingMutations = {
  createGitHub: (queryClient: QueryClient, crate: string) =>
    mutationOptions({
      mutationKey: ['crate', crate, 'trustpub', 'github', 'create'],
      mutationFn: (config: NewGitHubConfig) =>
        call(
          client.POST('/api/v1/trusted_publishing/github_configs', {
            body: { github_config: { crate, ...config } },
          }),
        ),
      onSuccess: () => {
        void queryClient.invalidateQueries({
          queryKey: crateAdminQueries.githubConfigs(crate).queryKey,
        });
        void queryClient.invalidateQueries({ queryKey: accountConfigs('github') });
      },
    }),
  createGitLab: (queryClient: QueryClient, crate: string) =>
    mutationOptions({
      mutationKey: ['crate', crate, 'trustpub', 'gitlab', 'create'],
      mutationFn: (config: NewGitLabConfig) =>
        call(
          client.POST('/api/v1/trusted_publishing/gitlab_configs', {
            body: { gitlab_config: { crate, ...config } },
          }),
        ),
      onSuccess: () => {
        void queryClient.invalidateQueries({
          queryKey: crateAdminQueries.gitlabConfigs(crate).queryKey,
        });
        void queryClient.invalidateQueries({ queryKey: accountConfigs('gitlab') });
      },
    }),
  deleteGitHub: (queryClient: QueryClient, crate: string) =>
    mutationOptions({
      mutationKey: ['crate', crate, 'trustpub', 'github', 'delete'],
      mutationFn: (id: number) =>
        call(
          client.DELETE('/api/v1/trusted_publishing/github_configs/{id}', {
            params: { path: { id } },
          }),
        ),
      onSuccess: (_data, id) => {
        queryClient.setQueryData(crateAdminQueries.githubConfigs(crate).queryKey, (old) =>
          old ? { ...old, github_configs: old.github_configs.filter((c) => c.id !== id) } : old,
        );
        queryClient.setQueriesData<GitHubConfig[]>({ queryKey: accountConfigs('github') }, (old) =>
          old?.filter((c) => c.id !== id),
        );
      },
    }),
  deleteGitLab: (queryClient: QueryClient, crate: string) =>
    mutationOptions({
      mutationKey: ['crate', crate, 'trustpub', 'gitlab', 'delete'],
      mutationFn: (id: number) =>
        call(
          client.DELETE('/api/v1/trusted_publishing/gitlab_configs/{id}', {
            params: { path: { id } },
          }),
        ),
      onSuccess: (_data, id) => {
        queryClient.setQueryData(crateAdminQueries.gitlabConfigs(crate).queryKey, (old) =>
          old ? { ...old, gitlab_configs: old.gitlab_configs.filter((c) => c.id !== id) } : old,
        );
        queryClient.setQueriesData<GitLabConfig[]>({ queryKey: accountConfigs('gitlab') }, (old) =>
          old?.filter((c) => c.id !== id),
        );
      },
    }),
};
