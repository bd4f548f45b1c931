import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { advisoryQueries } from '@/api/queries/advisories';
import { unmaintainedAdvisory } from '@/lib/osv';
import { paths } from '@/lib/paths';

/**
 * "This crate is unmaintained", when RustSec says so. The advisory list has a
 * short timeout and no retry; while it loads, or if it fails, nothing shows:
 * the page never waits for another site.
 */
export function UnmaintainedBanner({ crateName }: { crateName: string }) {
  // The crate's loader asked already: a failed list is not asked for again as the banner
  // mounts (with rustsec.org blocked or down, that was a second failing request during the
  // page's first render). The Security tab asks again, and offers a retry.
  const advisories = useQuery({ ...advisoryQueries.forCrate(crateName), retryOnMount: false });
  const advisory = advisories.data ? unmaintainedAdvisory(advisories.data) : null;
  if (!advisory) return null;
  return (
    <aside
      aria-label="Unmaintained crate"
      className="mt-4 rounded-lg border border-warn/50 bg-warn-soft px-4 py-3 text-sm text-ink"
    >
      <p>
        <strong>{crateName} is unmaintained.</strong> The RustSec advisory{' '}
        <a
          href={paths.rustsecAdvisory(advisory.id)}
          rel="nofollow noopener noreferrer"
          className="font-mono text-link underline"
        >
          {advisory.id}
        </a>{' '}
        says it gets no more fixes; consider an alternative. See the{' '}
        <Link to={paths.crateSecurity(crateName)} className="text-link underline">
          security advisories
        </Link>
        .
      </p>
    </aside>
  );
}
