import { useSuspenseQuery } from '@tanstack/react-query';
import { meQueries } from '@/api/queries/me';
import { ReadOnlyNotice } from '@/components/site/read-only-notice';
import { EmailSettings } from './email-settings';
import { NotificationSettings } from './notification-settings';

export function Component() {
  const { data: session } = useSuspenseQuery(meQueries.session());
  if (!session) return null;
  const { user } = session;
  return (
    <div className="space-y-8">
      <title>Profile settings - crates.io: Rust Package Registry</title>
      <h1 className="text-2xl font-bold">Profile</h1>
      <ReadOnlyNotice />
      <section aria-label="Your profile" className="flex items-center gap-4">
        <img
          src={user.avatar ?? undefined}
          alt=""
          width={64}
          height={64}
          className="size-16 rounded-full bg-surface-2"
        />
        <dl>
          <dt className="sr-only">Name</dt>
          <dd className="text-lg font-semibold">{user.name ?? user.login}</dd>
          <dt className="sr-only">GitHub login</dt>
          <dd className="text-muted">{user.login}</dd>
        </dl>
      </section>
      <p className="text-sm text-muted">Your name and avatar come from your GitHub account.</p>
      <EmailSettings user={user} />
      <NotificationSettings user={user} />
    </div>
  );
}
