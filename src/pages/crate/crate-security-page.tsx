import { useQuery } from '@tanstack/react-query';
import { advisoryQueries } from '@/api/queries/advisories';
import { useCrate } from '@/components/crate/use-crate';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { currentAdvisories } from '@/lib/osv';
import { AdvisoriesSkeleton } from './security/advisories-skeleton';
import { AdvisoryCard } from './security/advisory-card';

/** /crates/:name/security: the crate's RustSec advisories. */
export function Component() {
  const { crate } = useCrate();
  const advisories = useQuery(advisoryQueries.forCrate(crate.name));
  const list = advisories.data ? currentAdvisories(advisories.data) : null;

  return (
    <section aria-labelledby="security-title">
      <title>{`Security advisories of ${crate.name} - crates.io: Rust Package Registry`}</title>
      <h2 id="security-title" className="text-xl font-semibold">
        Security advisories
      </h2>
      <p className="mt-1 mb-4 text-sm text-muted">
        From the{' '}
        <a href="https://rustsec.org/" className="text-link underline">
          RustSec Advisory Database
        </a>
        , for every version of {crate.name}.
      </p>
      {advisories.isPending ? (
        <AdvisoriesSkeleton />
      ) : list === null ? (
        <QueryErrorState
          title={`${crate.name}: Failed to load advisories from rustsec.org`}
          query={advisories}
        />
      ) : list.length === 0 ? (
        <EmptyState title={`No known security advisories for ${crate.name}`}>
          The RustSec Advisory Database has no advisory for this crate.
        </EmptyState>
      ) : (
        <ul className="grid gap-4" aria-label={`Advisories for ${crate.name}`}>
          {list.map((advisory) => (
            <li key={advisory.id} className="min-w-0">
              <AdvisoryCard advisory={advisory} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
