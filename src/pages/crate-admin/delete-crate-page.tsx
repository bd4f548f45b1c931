import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, useLoaderData, useNavigate } from 'react-router';
import { crateMutations } from '@/api/mutations/crates';
import { useGuardedMutation } from '@/api/use-guarded-mutation';
import { ReadOnlyNotice } from '@/components/site/read-only-notice';
import { useReadOnly } from '@/components/site/use-read-only';
import { Button } from '@/components/ui/button';
import { FormField, fieldInputClass } from '@/components/ui/form-field';
import { paths } from '@/lib/paths';
import type { deleteCrateLoader } from './crate-admin-loaders';

/** `/crates/:name/delete`: explains, asks for a reason and a confirmation. */
export function Component() {
  const { crateName, blockers } =
    useLoaderData<Awaited<ReturnType<ReturnType<typeof deleteCrateLoader>>>>();
  const crate = { name: crateName };
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const readOnly = useReadOnly();
  const id = useId();
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const errors = {
    reason: reason.trim() ? null : 'Please give a reason for deleting this crate.',
    confirmed: confirmed ? null : 'Please confirm that you understand this cannot be undone.',
  };
  const remove = useGuardedMutation(crateMutations.delete(queryClient, crate.name));

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <title>{`Delete ${crate.name} - crates.io: Rust Package Registry`}</title>
      <h1 className="text-2xl font-bold">Delete the {crate.name} crate?</h1>
      <ReadOnlyNotice />
      <section
        aria-label="What deleting means"
        className="space-y-2 rounded-lg bg-warn-soft p-4 text-sm"
      >
        <p>
          Deleting removes the crate and all its versions from crates.io. Projects that depend on it
          will fail to build.
        </p>
        <p>
          A crate can be deleted only within 72 hours of its first release, or when it has a single
          owner, few downloads and no crates depending on it. The name becomes available to others
          after deletion.
        </p>
        <p>
          If you only want to stop people from using a version,{' '}
          <Link className="link" to={paths.crateVersions(crate.name)}>
            yank it
          </Link>{' '}
          instead.
        </p>
      </section>
      {blockers.length > 0 && (
        <section
          aria-labelledby={`${id}-blocked`}
          className="rounded-lg border border-danger/40 bg-danger-soft p-4 text-sm"
        >
          <h2 id={`${id}-blocked`} className="font-semibold">
            {crate.name} cannot be deleted
          </h2>
          <p className="mt-1">The registry refuses to delete this crate:</p>
          <ul className="mt-1 list-disc pl-5">
            {blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
          <p className="mt-2">
            You can still yank its versions, or{' '}
            <Link className="link" to={paths.support()}>
              ask the crates.io team
            </Link>{' '}
            for help.
          </p>
        </section>
      )}
      <form
        noValidate
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(true);
          if (errors.reason || errors.confirmed) return;
          remove.mutate(reason.trim(), {
            onSuccess: () => navigate(paths.dashboard(), { state: { deletedCrate: crate.name } }),
          });
        }}
      >
        <fieldset disabled={remove.isPending || blockers.length > 0} className="space-y-4">
          <FormField
            label="Reason"
            hint={`Why is ${crate.name} being deleted? This is kept for the crates.io team.`}
            error={submitted ? errors.reason : null}
            required
          >
            {(control) => (
              <textarea
                {...control}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                rows={3}
                className={fieldInputClass}
              />
            )}
          </FormField>
          <FormField
            layout="inline"
            label={`I understand that deleting ${crate.name} cannot be undone.`}
            error={submitted ? errors.confirmed : null}
            required
          >
            {(control) => (
              <input
                {...control}
                type="checkbox"
                checked={confirmed}
                onChange={(event) => setConfirmed(event.target.checked)}
                className="mt-1 size-4 accent-accent"
              />
            )}
          </FormField>
        </fieldset>
        {remove.isError && (
          <p role="alert" className="rounded-md bg-danger-soft p-3 text-sm">
            Failed to delete crate: {remove.error.message}
          </p>
        )}
        <div className="flex gap-2">
          <Button
            type="submit"
            variant="danger"
            busy={remove.isPending}
            disabled={readOnly || blockers.length > 0}
          >
            Delete this crate
          </Button>
          <Link
            className="rounded-md border border-line px-4 py-2 text-sm font-medium"
            to={paths.crateSettings(crate.name)}
          >
            Cancel
          </Link>
        </div>
      </form>
    </div>
  );
}
