import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCrate } from '@/components/crate/use-crate';
import { cn } from '@/lib/cn';
import { readVersionsView } from '@/lib/list-params';
import { paths } from '@/lib/paths';
import { AdoptionSection } from './adoption-section';
import { ReleaseTimeline } from './release-timeline';

export type VersionsInsightProps = { list: ReactNode };

/** The Versions tab: Adoption on top, then the list or (`?view=timeline`) the release timeline. */
export function VersionsInsight({ list }: VersionsInsightProps) {
  const { crate } = useCrate();
  const [params] = useSearchParams();
  const { timeline } = readVersionsView(params);
  const option = (active: boolean) =>
    cn(
      'rounded-md px-3 py-1 text-sm font-medium',
      active ? 'bg-accent text-accent-ink' : 'text-ink hover:bg-surface-2',
    );
  return (
    <>
      <AdoptionSection crateName={crate.name} numVersions={crate.num_versions} />
      <nav aria-label="Versions view" className="mb-4">
        <ul className="inline-flex gap-1 rounded-lg bg-surface p-1 ring-1 ring-line">
          <li>
            <Link
              to={paths.crateVersions(crate.name)}
              aria-current={timeline ? undefined : 'page'}
              className={option(!timeline)}
            >
              List
            </Link>
          </li>
          <li>
            <Link
              to={paths.crateVersions(crate.name, { view: 'timeline' })}
              aria-current={timeline ? 'page' : undefined}
              className={option(timeline)}
            >
              Timeline
            </Link>
          </li>
        </ul>
      </nav>
      {timeline ? <ReleaseTimeline crateName={crate.name} /> : list}
    </>
  );
}
