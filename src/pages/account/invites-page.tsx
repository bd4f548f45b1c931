import { useSuspenseQuery } from '@tanstack/react-query';
import { meQueries } from '@/api/queries/me';
import { PendingInvites } from './pending-invites';

export function Component() {
  // The loader made sure someone is logged in; logging out here leaves no user
  // for a moment, before the redirect home.
  const { data: session } = useSuspenseQuery(meQueries.session());
  return session ? <PendingInvites userId={session.user.id} /> : null;
}
