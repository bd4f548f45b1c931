import { Link } from 'react-router';
import type { Dependency, Version } from '@/api/types';
import { plural } from '@/lib/format';
import { paths } from '@/lib/paths';

/** One dependent: the crate (at the version that declares the dependency) and what it requires. */
export function DependentRow({
  dependency: d,
  version,
}: {
  dependency: Dependency;
  version?: Version;
}) {
  return (
    <li className="flex flex-wrap items-baseline justify-between gap-2 p-3">
      <span className="flex flex-wrap items-baseline gap-2">
        {version ? (
          <Link to={paths.crateVersion(version.crate, version.num)} className="link font-semibold">
            {version.crate}
          </Link>
        ) : (
          <span className="font-semibold">unknown crate</span>
        )}
        {version && <span className="text-sm text-muted">v{version.num}</span>}
        <span className="text-sm text-muted">
          requires <code className="font-mono text-ink">{d.req}</code>
          {d.optional && ' (optional)'}
          {d.kind !== 'normal' && ` (${d.kind})`}
        </span>
      </span>
      <span className="text-sm text-muted tabular-nums">{plural(d.downloads, 'download')}</span>
      {version?.description && <p className="w-full text-sm text-muted">{version.description}</p>}
    </li>
  );
}
