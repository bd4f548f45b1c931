import { useQueryClient } from '@tanstack/react-query';
import { crateMutations } from '@/api/mutations/crates';
import type { Crate } from '@/api/types';
import { useGuardedMutation } from '@/api/use-guarded-mutation';
import { useReadOnly } from '@/components/site/use-read-only';

export type TrustpubOnlyToggleProps = {
  crate: Pick<Crate, 'name' | 'trustpub_only'>;
  /** Trusted publishers configured for the crate (undefined while they load). */
  publishers?: number;
  /** Spoken after "Require trusted publishing", e.g. " for serde", where several toggles share a page. */
  labelSuffix?: string;
};

/** The "Require trusted publishing" switch of a crate, as on its settings page. */
export function TrustpubOnlyToggle({
  crate,
  publishers,
  labelSuffix = '',
}: TrustpubOnlyToggleProps) {
  const queryClient = useQueryClient();
  const readOnly = useReadOnly();
  const update = useGuardedMutation(crateMutations.update(queryClient, crate.name));
  return (
    <div className="space-y-2">
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          // While saving, show what was asked for.
          checked={update.isPending ? update.variables.trustpub_only : crate.trustpub_only}
          disabled={update.isPending || readOnly}
          onChange={(event) => update.mutate({ trustpub_only: event.target.checked })}
          className="mt-1 size-4 accent-accent"
        />
        <span>
          <span className="font-medium">
            Require trusted publishing<span className="sr-only">{labelSuffix}</span>
          </span>
          <span className="block text-sm text-muted">
            Refuse new versions published with an API token.
          </span>
        </span>
      </label>
      {crate.trustpub_only && publishers === 0 && (
        <p role="alert" className="rounded-md bg-warn-soft p-3 text-sm">
          Trusted publishing is required but no publishers are configured. Publishing to this crate
          is currently blocked.
        </p>
      )}
      {update.isError && (
        <p role="alert" className="text-sm text-danger">
          Failed to update the setting: {update.error.message}
        </p>
      )}
    </div>
  );
}
