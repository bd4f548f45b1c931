import { Link } from 'react-router';
import type { Dependency } from '@/api/types';
import type { Freshness } from '@/lib/freshness';
import { paths } from '@/lib/paths';
import { DependencyFreshness } from './dependency-freshness';
import { StdReplacementMarker } from './std-replacement-marker';

export type DependencyRowProps = {
  dependency: Dependency;
  /** undefined while descriptions load: a line is kept for it, so rows keep their height. */
  description: string | null | undefined;
  /** How current the requirement is; undefined while loading, null when unavailable. */
  freshness?: Freshness | null;
};

/** One dependency: requirement, crate (to the highest matching version), flags, features, target. */
export function DependencyRow({ dependency: d, description, freshness }: DependencyRowProps) {
  return (
    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3">
      <Link to={paths.crateRange(d.crate_id, d.req)} className="link font-semibold break-all">
        {d.crate_id}
      </Link>
      <code className="rounded bg-surface-2 px-1.5 font-mono text-sm">{d.req}</code>
      <StdReplacementMarker crateName={d.crate_id} />
      {d.optional && (
        <span className="rounded bg-warn-soft px-1.5 text-xs font-semibold text-warn">
          optional
        </span>
      )}
      {d.target && (
        <span className="text-sm text-muted">
          for <code className="font-mono">{d.target}</code>
        </span>
      )}
      {(d.features.length > 0 || !d.default_features) && (
        <span className="text-sm text-muted">
          {!d.default_features && (
            <>
              <code className="font-mono">default-features = false</code>
              {d.features.length > 0 && ', '}
            </>
          )}
          {d.features.length > 0 && (
            <>
              features: <code className="font-mono">{d.features.join(', ')}</code>
            </>
          )}
        </span>
      )}
      {freshness !== null && (
        <DependencyFreshness name={d.crate_id} req={d.req} freshness={freshness} />
      )}
      {description === undefined ? (
        <span aria-hidden className="block h-5 w-full py-0.5">
          <span className="block h-4 w-2/3 animate-pulse rounded bg-surface-2" />
        </span>
      ) : (
        description && <p className="w-full truncate text-sm text-muted">{description}</p>
      )}
    </div>
  );
}
