import { Link } from 'react-router';
import { useCrate } from '@/components/crate/use-crate';
import { ReadOnlyNotice } from '@/components/site/read-only-notice';
import { paths } from '@/lib/paths';
import { OwnersSection } from './owners-section';
import { TrustedPublishingSection } from './trusted-publishing-section';

/** `/crates/:name/settings`, for owners. */
export function Component() {
  const { crate } = useCrate();
  return (
    <div className="space-y-10">
      <title>{`${crate.name} settings - crates.io: Rust Package Registry`}</title>
      <ReadOnlyNotice />
      <OwnersSection crateName={crate.name} />
      <TrustedPublishingSection crate={crate} />
      <section aria-labelledby="danger-title" className="rounded-lg p-5 ring-1 ring-danger/50">
        <h2 id="danger-title" className="text-lg font-semibold text-danger">
          Danger zone
        </h2>
        <p className="mt-1 text-sm text-muted">
          Deleting a crate removes it and all its versions for everyone.
        </p>
        <Link className="link mt-3 inline-block font-medium" to={paths.crateDelete(crate.name)}>
          Delete this crate…
        </Link>
      </section>
    </div>
  );
}
