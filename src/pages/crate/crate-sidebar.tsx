import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import { externalQueries } from '@/api/queries/external';
import type { Category, Crate, Version } from '@/api/types';
import { LicenseExpression } from '@/components/crate/license-expression';
import { OwnersList } from '@/components/crate/owners-list';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { useFirstPaintDone } from '@/lib/first-paint';
import { formatBytes, formatNumber } from '@/lib/format';
import { paths } from '@/lib/paths';
import { CratePurl } from './crate-purl';
import { documentationUrl } from './documentation-url';
import { InstallSnippets } from './install-snippets';
import { PlaygroundLink } from './playground-link';
import { StdReplacementTip } from './std-replacement-tip';

export type CrateSidebarProps = { crate: Crate; version: Version; categories: Category[] };

/** Repository URLs that differ only by ".git" or a trailing slash are the same. */
const sameUrl = (a: string, b: string) => {
  const norm = (u: string) => u.replace(/(\.git)?\/?$/, '').toLowerCase();
  return norm(a) === norm(b);
};

export function CrateSidebar({ crate, version, categories }: CrateSidebarProps) {
  const owners = useQuery(crateQueries.owners(crate.name));
  // docs.rs's answer only refines the link: not before the visit's first page has painted.
  const painted = useFirstPaintDone();
  const docs = useQuery({
    ...externalQueries.docsStatus(version.crate, version.num),
    enabled: painted,
  });
  const documentation = documentationUrl(
    version.documentation ?? crate.documentation,
    crate.name,
    version.num,
    docs.data?.doc_status,
  );
  const homepage = version.homepage ?? crate.homepage;
  const repository = version.repository ?? crate.repository;
  const links = [
    homepage && !(repository && sameUrl(homepage, repository))
      ? { label: 'Homepage', url: homepage }
      : null,
    documentation ? { label: 'Documentation', url: documentation } : null,
    repository ? { label: 'Repository', url: repository } : null,
  ].filter((l) => l !== null);
  const sloc = version.linecounts?.total_code_lines;

  return (
    <aside aria-label="Crate metadata" className="space-y-6 text-sm">
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5">
        <dt className="text-muted">Published</dt>
        <dd>
          <RelativeTime iso={version.created_at} />
        </dd>
        {version.rust_version && (
          <>
            <dt className="text-muted">MSRV</dt>
            <dd>v{version.rust_version}</dd>
          </>
        )}
        {version.edition && (
          <>
            <dt className="text-muted">Edition</dt>
            <dd>{version.edition}</dd>
          </>
        )}
        {version.license && (
          <>
            <dt className="text-muted">License</dt>
            <dd>
              <LicenseExpression expression={version.license} />
            </dd>
          </>
        )}
        <dt className="text-muted">Size</dt>
        <dd>{formatBytes(version.crate_size)}</dd>
        {sloc !== undefined && (
          <>
            <dt className="text-muted">Lines of code</dt>
            <dd>{formatNumber(sloc)} SLoC</dd>
          </>
        )}
      </dl>

      {!version.yanked && (
        <InstallSnippets
          name={crate.name}
          version={version.num}
          isBinary={(version.bin_names?.length ?? 0) > 0 && !version.has_lib}
        />
      )}

      <section aria-labelledby="links-title">
        <h2 id="links-title" className="text-base font-semibold">
          Links
        </h2>
        <ul className="mt-2 space-y-1">
          {links.map((link) => (
            <li key={link.label}>
              <span className="text-muted">{link.label}: </span>
              <a className="link break-all" href={link.url} rel="nofollow noopener noreferrer">
                {link.url.replace(/^https?:\/\//, '')}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="owners-title">
        <h2 id="owners-title" className="mb-2 text-base font-semibold">
          Owners
        </h2>
        {owners.data ? (
          <OwnersList owners={owners.data.users} />
        ) : owners.isError ? (
          <p className="text-danger">Could not load the owners.</p>
        ) : (
          <div className="space-y-2">
            <Skeleton className="h-9 w-48" />
            <Skeleton className="h-9 w-40" />
          </div>
        )}
      </section>

      {categories.length > 0 && (
        <section aria-labelledby="categories-title">
          <h2 id="categories-title" className="mb-2 text-base font-semibold">
            Categories
          </h2>
          <ul className="flex flex-wrap gap-2">
            {categories.map((c) => (
              <li key={c.id}>
                <Link
                  to={paths.category(c.slug)}
                  className="inline-block rounded-full bg-surface-2 px-3 py-1 hover:bg-accent-soft"
                >
                  {c.category}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <CratePurl name={crate.name} version={version.num} />
      <p>
        <Link
          className="link"
          to={paths.support({ inquire: 'crate-violation', crate: crate.name })}
        >
          Report crate
        </Link>
      </p>
      {/* Other sites' extras come last: when they arrive, nothing above them moves. */}
      <PlaygroundLink crateName={crate.name} />
      <StdReplacementTip crateName={crate.name} />
    </aside>
  );
}
