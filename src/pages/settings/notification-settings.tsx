import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { accountMutations } from '@/api/mutations/account';
import type { AuthenticatedUser } from '@/api/types';
import { useReadOnly } from '@/components/site/use-read-only';
import { Button } from '@/components/ui/button';

export function NotificationSettings({ user }: { user: AuthenticatedUser }) {
  const queryClient = useQueryClient();
  const readOnly = useReadOnly();
  const [enabled, setEnabled] = useState(user.publish_notifications);
  const save = useMutation(accountMutations.updateUser(queryClient, user.id));
  const changed = enabled !== user.publish_notifications;

  return (
    <section
      aria-labelledby="notifications-title"
      className="rounded-lg bg-surface p-5 ring-1 ring-line"
    >
      <h2 id="notifications-title" className="text-lg font-semibold">
        Notification settings
      </h2>
      <form
        className="mt-3 space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ publish_notifications: enabled });
        }}
      >
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            checked={enabled}
            disabled={save.isPending || readOnly}
            onChange={(event) => setEnabled(event.target.checked)}
            className="mt-1 size-4 accent-accent"
          />
          <span>
            <span className="font-medium">Publish notifications</span>
            <span className="block text-sm text-muted">
              Email me when a new version of one of my crates is published.
            </span>
          </span>
        </label>
        <Button type="submit" busy={save.isPending} disabled={!changed || readOnly}>
          Update preferences
        </Button>
        <div aria-live="polite" className="text-sm">
          {save.isSuccess && !changed && (
            <p className="text-ok">Your notification settings were saved.</p>
          )}
          {save.isError && (
            <p role="alert" className="text-danger">
              Something went wrong while updating your notification settings: {save.error.message}
            </p>
          )}
        </div>
      </form>
    </section>
  );
}
