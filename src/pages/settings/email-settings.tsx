import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { accountMutations } from '@/api/mutations/account';
import type { AuthenticatedUser } from '@/api/types';
import { useGuardedMutation } from '@/api/use-guarded-mutation';
import { useReadOnly } from '@/components/site/use-read-only';
import { Button } from '@/components/ui/button';
import { FormField, fieldInputClass } from '@/components/ui/form-field';
import { cn } from '@/lib/cn';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function EmailSettings({ user }: { user: AuthenticatedUser }) {
  const queryClient = useQueryClient();
  const readOnly = useReadOnly();
  const [editing, setEditing] = useState(!user.email);
  const [value, setValue] = useState(user.email ?? '');
  const [touched, setTouched] = useState(false);
  const save = useGuardedMutation(accountMutations.updateUser(queryClient, user.id));
  const resend = useGuardedMutation(accountMutations.resendVerification(queryClient, user.id));
  const error =
    value.trim() === ''
      ? 'Please enter an email address.'
      : !EMAIL.test(value.trim())
        ? 'Please enter a valid email address, like you@example.com.'
        : null;

  return (
    <section aria-labelledby="email-title" className="rounded-lg bg-surface p-5 ring-1 ring-line">
      <h2 id="email-title" className="text-lg font-semibold">
        Email
      </h2>
      {editing ? (
        <form
          noValidate
          className="mt-3 space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            setTouched(true);
            if (error) return;
            // What was typed stays in the field if the registry says no.
            save.mutate({ email: value.trim() }, { onSuccess: () => setEditing(false) });
          }}
        >
          <FormField label="Email address" error={touched ? error : null} required>
            {(control) => (
              <input
                {...control}
                type="email"
                autoComplete="email"
                value={value}
                onChange={(event) => setValue(event.target.value)}
                onBlur={() => setTouched(true)}
                className={cn(fieldInputClass, 'max-w-md')}
              />
            )}
          </FormField>
          {save.isError && (
            <p role="alert" className="text-sm text-danger">
              Error in saving email: {save.error.message}
            </p>
          )}
          <div className="flex gap-2 pt-1">
            <Button type="submit" variant="primary" busy={save.isPending} disabled={readOnly}>
              Save
            </Button>
            {user.email && (
              <Button
                onClick={() => {
                  setEditing(false);
                  setValue(user.email ?? '');
                  save.reset();
                }}
              >
                Cancel
              </Button>
            )}
          </div>
        </form>
      ) : (
        <div className="mt-3 space-y-3">
          <p className="flex flex-wrap items-center gap-3">
            <span className="font-medium break-all">{user.email}</span>
            {user.email_verified ? (
              <span className="rounded bg-ok-soft px-2 py-0.5 text-xs font-semibold text-ok">
                Verified
              </span>
            ) : (
              <span className="rounded bg-warn-soft px-2 py-0.5 text-xs font-semibold text-warn">
                Unverified
              </span>
            )}
            <Button size="sm" onClick={() => setEditing(true)} disabled={readOnly}>
              Edit
            </Button>
          </p>
          {save.isSuccess && (
            <p role="status" className="text-sm text-ok">
              Email saved.
            </p>
          )}
          {!user.email_verified && (
            <div className="rounded-md bg-warn-soft p-3 text-sm">
              <p>
                {user.email_verification_sent
                  ? 'We have sent a verification email to your address. Follow its link to verify it.'
                  : 'Your email has not been verified yet.'}{' '}
                You need a verified email to publish crates.
              </p>
              <Button
                size="sm"
                className="mt-2"
                busy={resend.isPending}
                disabled={resend.isSuccess || readOnly}
                onClick={() => resend.mutate()}
              >
                {resend.isSuccess
                  ? 'Sent!'
                  : user.email_verification_sent
                    ? 'Resend verification email'
                    : 'Send verification email'}
              </Button>
              {resend.isError && (
                <p role="alert" className="mt-2 text-danger">
                  Error in sending the verification email: {resend.error.message}
                </p>
              )}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
