import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { call, client } from '../client';
import { crateQueries } from '../queries/crates';
import { meQueries } from '../queries/me';
import type { EndpointScope } from '../types';

export type NewTokenInput = {
  name: string;
  endpoint_scopes: EndpointScope[];
  crate_scopes: string[] | null;
  expired_at: string | null;
};

export const accountMutations = {
  updateUser: (queryClient: QueryClient, userId: number) =>
    mutationOptions({
      mutationKey: ['me', 'update'],
      mutationFn: (user: { email?: string; publish_notifications?: boolean }) =>
        call(
          client.PUT('/api/v1/users/{user}', {
            params: { path: { user: userId } },
            body: { user },
          }),
        ),
      onSuccess: (_data, user) => {
        queryClient.setQueryData(meQueries.session().queryKey, (old) => {
          if (!old) return old;
          const changedEmail = user.email !== undefined && user.email !== old.user.email;
          return {
            ...old,
            user: {
              ...old.user,
              ...user,
              ...(changedEmail ? { email_verified: false, email_verification_sent: true } : {}),
            },
          };
        });
      },
    }),
  resendVerification: (queryClient: QueryClient, userId: number) =>
    mutationOptions({
      mutationKey: ['me', 'resend'],
      mutationFn: () =>
        call(client.PUT('/api/v1/users/{id}/resend', { params: { path: { id: userId } } })),
      onSuccess: () => {
        queryClient.setQueryData(meQueries.session().queryKey, (old) =>
          old ? { ...old, user: { ...old.user, email_verification_sent: true } } : old,
        );
      },
    }),
  confirmEmail: (queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: ['me', 'confirm-email'],
      mutationFn: (token: string) =>
        call(
          client.PUT('/api/v1/confirm/{email_token}', { params: { path: { email_token: token } } }),
        ),
      onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueries.session().queryKey }),
    }),
  createToken: (queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: ['me', 'tokens', 'create'],
      mutationFn: (api_token: NewTokenInput) =>
        call(client.PUT('/api/v1/me/tokens', { body: { api_token } })),
      onSuccess: ({ api_token }) => {
        // The plaintext `token` never enters the cache: it lives in the page's memory only.
        const { token: _secret, ...listed } = api_token;
        queryClient.setQueryData(meQueries.tokens().queryKey, (old) =>
          old ? { api_tokens: [listed, ...old.api_tokens] } : old,
        );
      },
    }),
  revokeToken: (queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: ['me', 'tokens', 'revoke'],
      mutationFn: (id: number) =>
        call(client.DELETE('/api/v1/me/tokens/{id}', { params: { path: { id } } })),
      onSuccess: (_data, id) => {
        queryClient.setQueryData(meQueries.tokens().queryKey, (old) =>
          old ? { api_tokens: old.api_tokens.filter((token) => token.id !== id) } : old,
        );
        queryClient.removeQueries({ queryKey: meQueries.token(id).queryKey });
      },
    }),
  handleInvitation: (queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: ['me', 'invitations', 'handle'],
      mutationFn: (input: { crateId: number; accepted: boolean }) =>
        call(
          client.PUT('/api/v1/me/crate_owner_invitations/{crate_id}', {
            params: { path: { crate_id: input.crateId } },
            body: { crate_owner_invite: { crate_id: input.crateId, accepted: input.accepted } },
          }),
        ),
      onSuccess: ({ crate_owner_invitation }) =>
        invalidateAfterInvitation(queryClient, crate_owner_invitation.accepted),
    }),
  acceptInvitationToken: (queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: ['me', 'invitations', 'accept-token'],
      mutationFn: (token: string) =>
        call(
          client.PUT('/api/v1/me/crate_owner_invitations/accept/{token}', {
            params: { path: { token } },
          }),
        ),
      onSuccess: () => invalidateAfterInvitation(queryClient, true),
    }),
};

function invalidateAfterInvitation(queryClient: QueryClient, accepted: boolean) {
  void queryClient.invalidateQueries({ queryKey: [...meQueries.all(), 'invitations'] });
  if (accepted) {
    // A new owned crate: the session's owned_crates, "my crates" lists, owner lists.
    void queryClient.invalidateQueries({ queryKey: meQueries.session().queryKey });
    void queryClient.invalidateQueries({ queryKey: crateQueries.lists() });
  }
}
