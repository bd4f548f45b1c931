import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { versionMutations } from '@/api/mutations/versions';
import type { Version } from '@/api/types';
import { useGuardedMutation } from '@/api/use-guarded-mutation';
import { useReadOnly } from '@/components/site/use-read-only';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormField, fieldInputClass } from '@/components/ui/form-field';
import { paths } from '@/lib/paths';

/** Owner actions on one version: yank (with an optional message), unyank, rebuild docs. */
export function VersionActions({ version }: { version: Version }) {
  const queryClient = useQueryClient();
  const readOnly = useReadOnly();
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');
  const yank = useGuardedMutation(versionMutations.setYanked(queryClient, version.crate));
  const busyLabel = yank.variables?.yanked ? 'Yanking…' : 'Unyanking…';

  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex gap-2">
        {version.yanked ? (
          <Button
            size="sm"
            busy={yank.isPending}
            disabled={readOnly}
            onClick={() => yank.mutate({ version: version.num, yanked: false })}
            aria-label={`Unyank ${version.num}`}
          >
            {yank.isPending ? busyLabel : 'Unyank'}
          </Button>
        ) : (
          <Button
            size="sm"
            variant="danger"
            busy={yank.isPending}
            disabled={readOnly}
            onClick={() => {
              yank.reset();
              setAsking(true);
            }}
            aria-label={`Yank ${version.num}`}
          >
            {yank.isPending ? busyLabel : 'Yank'}
          </Button>
        )}
        <Link
          to={paths.crateRebuildDocs(version.crate, version.num)}
          className="rounded-md border border-line px-2.5 py-1 text-sm hover:bg-surface-2"
          aria-label={`Rebuild docs of ${version.num}`}
        >
          Rebuild docs
        </Link>
      </div>
      <span role="status" className="sr-only">
        {yank.isSuccess
          ? `${version.num} was ${yank.variables.yanked ? 'yanked' : 'unyanked'}.`
          : ''}
      </span>
      {yank.isError && !asking && (
        <p role="alert" className="max-w-64 text-right text-sm text-danger">
          Failed to {yank.variables?.yanked ? 'yank' : 'unyank'} {version.num}: {yank.error.message}
        </p>
      )}
      <ConfirmDialog
        open={asking}
        title={`Yank ${version.crate} ${version.num}?`}
        confirmLabel="Yank version"
        danger
        busy={yank.isPending}
        error={yank.isError ? `Failed to yank ${version.num}: ${yank.error.message}` : null}
        onClose={() => setAsking(false)}
        onConfirm={() =>
          // A refusal keeps the dialog open, with the reason as typed and the message in it.
          yank.mutate(
            { version: version.num, yanked: true, message: message.trim() || null },
            { onSuccess: () => setAsking(false) },
          )
        }
      >
        <p>
          Projects that already use it keep working; new ones cannot depend on it. You can unyank it
          later.
        </p>
        <FormField className="mt-3 text-ink" label="Reason (optional, shown to users)">
          {(control) => (
            <textarea
              {...control}
              value={message}
              onChange={(event) => setMessage(event.target.value)}
              rows={2}
              className={fieldInputClass}
            />
          )}
        </FormField>
      </ConfirmDialog>
    </div>
  );
}
