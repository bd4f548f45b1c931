import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { crateMutations } from '@/api/mutations/crates';
import { useGuardedMutation } from '@/api/use-guarded-mutation';
import { useReadOnly } from '@/components/site/use-read-only';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';

/** Invite a user (by login) or add a team (`github:org:team`) as an owner. */
export function AddOwnerForm({ crateName }: { crateName: string }) {
  const queryClient = useQueryClient();
  const readOnly = useReadOnly();
  const id = useId();
  const [login, setLogin] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const add = useGuardedMutation(crateMutations.addOwner(queryClient, crateName));
  const value = login.trim();
  const isTeam = value.startsWith('github:');

  return (
    <form
      noValidate
      aria-labelledby={`${id}-title`}
      className="rounded-lg bg-surface p-4 ring-1 ring-line"
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (!value) return;
        add.mutate(value, {
          onSuccess: () => {
            setLogin('');
            setSubmitted(false);
          },
        });
      }}
    >
      <h3 id={`${id}-title`} className="font-semibold">
        Add an owner
      </h3>
      <FormField
        className="mt-2"
        label={
          <span className="text-sm font-normal">
            GitHub login of a user, or a team as <code className="font-mono">github:org:team</code>
          </span>
        }
        hint="Users get an invitation they must accept; teams are added at once."
        hintPosition="after"
        error={submitted && !value ? 'Please enter a GitHub login, or a team.' : null}
        required
      >
        {(control) => (
          <div className="mt-1 flex flex-wrap gap-2">
            <input
              {...control}
              value={login}
              onChange={(event) => setLogin(event.target.value)}
              autoComplete="off"
              spellCheck={false}
              className="w-full max-w-sm rounded-md border border-line bg-page px-3 py-2 font-mono"
            />
            <Button type="submit" variant="primary" busy={add.isPending} disabled={readOnly}>
              {isTeam ? 'Add team' : 'Invite'}
            </Button>
          </div>
        )}
      </FormField>
      <div aria-live="polite">
        {add.isSuccess && (
          <p role="status" className="mt-2 text-sm text-ok">
            {add.variables.startsWith('github:')
              ? `Team ${add.variables} was added as a crate owner.`
              : `An invite has been sent to ${add.variables}.`}
          </p>
        )}
        {add.isError && (
          <p role="alert" className="mt-2 text-sm text-danger">
            Error sending invite: {add.error.message}
          </p>
        )}
      </div>
    </form>
  );
}
