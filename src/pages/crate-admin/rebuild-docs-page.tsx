import { Link, useNavigate } from 'react-router';
import { versionMutations } from '@/api/mutations/versions';
import { useGuardedMutation } from '@/api/use-guarded-mutation';
import { useCrate, useSelectedVersion } from '@/components/crate/use-crate';
import { ReadOnlyNotice } from '@/components/site/read-only-notice';
import { useReadOnly } from '@/components/site/use-read-only';
import { Button } from '@/components/ui/button';
import { paths } from '@/lib/paths';

/** `/crates/:name/:version/rebuild-docs`: asks docs.rs to build this version again. */
export function Component() {
  const { crate } = useCrate();
  const { version } = useSelectedVersion();
  const navigate = useNavigate();
  const readOnly = useReadOnly();
  const rebuild = useGuardedMutation(versionMutations.rebuildDocs(crate.name, version.num));
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <title>{`Rebuild docs of ${crate.name} ${version.num} - crates.io: Rust Package Registry`}</title>
      <h1 className="text-2xl font-bold">Rebuild Documentation</h1>
      <ReadOnlyNotice />
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg bg-surface p-4 ring-1 ring-line">
        <dt className="text-muted">Crate</dt>
        <dd className="font-semibold">{crate.name}</dd>
        <dt className="text-muted">Version</dt>
        <dd className="font-semibold">{version.num}</dd>
      </dl>
      <p>
        docs.rs will build the documentation of this version again, for example after a docs.rs fix.
      </p>
      <div aria-live="polite">
        {rebuild.isSuccess ? (
          <p role="status" className="rounded-md bg-ok-soft p-3 text-ok">
            Docs rebuild task was enqueued successfully!{' '}
            <Link className="link" to={paths.crateVersions(crate.name)}>
              Back to the versions
            </Link>
          </p>
        ) : rebuild.isError ? (
          <p role="alert" className="rounded-md bg-danger-soft p-3">
            Error: {rebuild.error.message}
          </p>
        ) : null}
      </div>
      {!rebuild.isSuccess && (
        <div className="flex gap-2">
          <Button
            variant="primary"
            busy={rebuild.isPending}
            disabled={readOnly}
            onClick={() => rebuild.mutate()}
          >
            Confirm Rebuild
          </Button>
          <Button onClick={() => navigate(paths.crateVersions(crate.name))}>Cancel</Button>
        </div>
      )}
    </div>
  );
}
