import { useSuspenseQuery } from '@tanstack/react-query';
import { meQueries } from '@/api/queries/me';
import { Dashboard } from './dashboard';

export function Component() {
  const { data: session } = useSuspenseQuery(meQueries.session());
  // Logging out here leaves no user for a moment, before the redirect home.
  return session ? <Dashboard user={session.user} /> : null;
}
