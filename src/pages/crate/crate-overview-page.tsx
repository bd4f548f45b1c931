import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import { useCrate, useSelectedVersion } from '@/components/crate/use-crate';
import { Readme } from '@/components/readme/readme';
import { RelativeTime } from '@/components/ui/relative-time';
import { paths } from '@/lib/paths';
import { CrateSidebar } from './crate-sidebar';
import { DeferredDownloads } from './deferred-downloads';

/** The Readme tab: README, sidebar and downloads of the default or a given version. */
export function Component() {
  const { crate, categories } = useCrate();
  const { version, isDefault } = useSelectedVersion();
  // Downloads come once the README is in (or has failed): below the README's placeholder,
  // a screen tall, they would move up into view when a short README arrives.
  const readmeSettled = !useQuery(crateQueries.readme(crate.name, version.num)).isPending;
  return (
    <>
      <title>{`${crate.name}${isDefault ? '' : ` ${version.num}`} - crates.io: Rust Package Registry`}</title>
      {version.yanked && (
        <div role="note" className="mb-6 rounded-lg bg-danger-soft p-4">
          <p className="font-semibold">This version has been yanked.</p>
          {version.yank_message && <p className="mt-1">Reason: {version.yank_message}</p>}
          <p className="mt-1 text-sm">
            It can no longer be added as a new dependency.{' '}
            <Link className="link" to={paths.crateVersions(crate.name)}>
              See all versions
            </Link>
          </p>
        </div>
      )}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 space-y-8">
          <p className="text-sm text-muted">
            Version {version.num} published <RelativeTime iso={version.created_at} />
            {version.published_by && (
              <>
                {' '}
                by{' '}
                <Link className="link" to={paths.user(version.published_by.login)}>
                  {version.published_by.name ?? version.published_by.login}
                </Link>
              </>
            )}
            {' · '}
            <Link className="link" to={paths.crateCompare(crate.name, 'previous', version.num)}>
              Compare with previous
            </Link>
          </p>
          <Readme
            crateName={crate.name}
            version={version.num}
            repository={version.repository ?? crate.repository ?? null}
          />
          {readmeSettled && (
            <DeferredDownloads
              crateName={crate.name}
              version={isDefault ? undefined : version.num}
              createdAt={isDefault ? crate.created_at : version.created_at}
              totalDownloads={isDefault ? crate.downloads : version.downloads}
            />
          )}
        </div>
        <CrateSidebar crate={crate} version={version} categories={categories ?? []} />
      </div>
    </>
  );
}
