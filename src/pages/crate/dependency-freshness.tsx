import { Link } from 'react-router';
import { explainRequirement } from '@/lib/cargo-semver';
import { cn } from '@/lib/cn';
import { FRESHNESS_LABELS, type Freshness } from '@/lib/freshness';
import { paths } from '@/lib/paths';

export type DependencyFreshnessProps = {
  name: string;
  req: string;
  /** Undefined while the crates' newest versions load. */
  freshness: Freshness | undefined;
};

const TONES: Record<Freshness['status'], string> = {
  'up-to-date': 'bg-ok-soft text-ok',
  'behind-minor': 'bg-warn-soft text-warn',
  'behind-major': 'bg-danger-soft text-danger',
  unknown: 'bg-surface-2 text-muted',
};

/** What a requirement means, the newest version it gets, and how far behind that is. */
export function DependencyFreshness({ name, req, freshness }: DependencyFreshnessProps) {
  const meaning = explainRequirement(req);
  return (
    <div className="flex w-full flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-muted">
      <span>
        means <span className="font-mono text-ink">{meaning ?? 'an unreadable requirement'}</span>
      </span>
      {freshness === undefined ? (
        <span className="inline-block h-5 w-56 animate-pulse rounded bg-surface-2" aria-hidden />
      ) : (
        <>
          {freshness.status === 'up-to-date' && (
            <span>
              newest matching <span className="font-mono text-ink">{freshness.newest}</span>
              {freshness.prerelease
                ? ' (asks for a pre-release newer than it)'
                : ', the newest release'}
            </span>
          )}
          {(freshness.status === 'behind-minor' || freshness.status === 'behind-major') && (
            <span>
              newest release <span className="font-mono text-ink">{freshness.newest}</span>;{' '}
              <Link className="link" to={paths.crateRange(name, req)}>
                newest matching {req}
              </Link>
            </span>
          )}
          {freshness.status === 'unknown' && (
            <span>{freshness.newest === null ? 'no stable release' : 'cannot tell'}</span>
          )}
          <span
            className={cn('rounded px-1.5 py-0.5 text-xs font-semibold', TONES[freshness.status])}
          >
            {FRESHNESS_LABELS[freshness.status]}
          </span>
          {freshness.status === 'behind-major' && freshness.zeroMinor && (
            <span>(for 0.x crates, a new 0.y is a breaking release)</span>
          )}
        </>
      )}
    </div>
  );
}
