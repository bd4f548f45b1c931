import { useSuspenseQuery } from '@tanstack/react-query';
import { meQueries } from '@/api/queries/me';
import { SecurityConsole } from './security-console';

/** `/settings/security`: the security posture of every crate the user owns, and their tokens. */
export function Component() {
  // The loader made sure someone is logged in; logging out here leaves no user
  // for a moment, before the redirect home.
  const { data: session } = useSuspenseQuery(meQueries.session());
  return session ? <SecurityConsole user={session.user} /> : null;
}
