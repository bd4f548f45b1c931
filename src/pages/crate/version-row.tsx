import { Link } from 'react-router';
import type { Version } from '@/api/types';
import { RelativeTime } from '@/components/ui/relative-time';
import { cn } from '@/lib/cn';
import { formatBytes } from '@/lib/format';
import { paths } from '@/lib/paths';
import type { PublisherChange } from '@/lib/provenance';
import { isPrerelease } from '@/lib/release-tracks';
import { VersionProvenance } from './version-provenance';

export type VersionRowProps = {
  version: Version;
  /** The release track this version leads ("1.x"), if any. */
  track: string | null;
  isDefault: boolean;
  actions?: React.ReactNode;
  /** Set when this release's publisher differs from the release before it. */
  publisherChange?: PublisherChange;
};

function Badge({
  children,
  tone,
}: {
  children: React.ReactNode;
  tone: 'accent' | 'warn' | 'danger' | 'muted';
}) {
  const tones = {
    accent: 'bg-accent-soft text-ink',
    warn: 'bg-warn-soft text-warn',
    danger: 'bg-danger-soft text-danger',
    muted: 'bg-surface-2 text-muted',
  };
  return (
    <span className={cn('rounded px-1.5 py-0.5 text-xs font-semibold', tones[tone])}>
      {children}
    </span>
  );
}

export function VersionRow({
  version,
  track,
  isDefault,
  actions,
  publisherChange,
}: VersionRowProps) {
  const featureCount = Object.keys(version.features).filter((f) => f !== 'default').length;
  return (
    <div
      className={cn(
        'flex flex-wrap items-start justify-between gap-3 p-3',
        version.yanked && 'bg-danger-soft/40',
      )}
    >
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-2">
          <Link
            to={paths.crateVersion(version.crate, version.num)}
            className="link font-mono font-semibold break-all"
          >
            {version.num}
          </Link>
          {isDefault && <Badge tone="accent">latest</Badge>}
          {track && <Badge tone="muted">{`${track} track`}</Badge>}
          {isPrerelease(version.num) && <Badge tone="warn">pre-release</Badge>}
          {version.yanked && <Badge tone="danger">yanked</Badge>}
        </p>
        {version.yanked && version.yank_message && (
          <p className="mt-1 text-sm">Yanked: {version.yank_message}</p>
        )}
        <p className="mt-1 text-sm text-muted">
          <RelativeTime iso={version.created_at} />
          <VersionProvenance version={version} change={publisherChange} />
        </p>
      </div>
      <div className="flex items-start gap-4">
        <dl className="grid grid-cols-[auto_auto] gap-x-2 text-sm text-muted">
          <dt>Size</dt>
          <dd className="text-ink">{formatBytes(version.crate_size)}</dd>
          {version.rust_version && (
            <>
              <dt>MSRV</dt>
              <dd className="text-ink">v{version.rust_version}</dd>
            </>
          )}
          <dt>Features</dt>
          <dd className="text-ink">{featureCount}</dd>
        </dl>
        <Link
          to={paths.crateCompare(version.crate, 'previous', version.num)}
          className="link text-sm whitespace-nowrap"
        >
          Compare with previous<span className="sr-only"> ({version.num})</span>
        </Link>
        {actions}
      </div>
    </div>
  );
}
