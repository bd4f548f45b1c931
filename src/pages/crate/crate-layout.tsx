import { Outlet } from 'react-router';
import { useCrate } from '@/components/crate/use-crate';
import { CrateHeader } from './crate-header';
import { CrateTabs } from './crate-tabs';
import { UnmaintainedBanner } from './unmaintained-banner';

/** Header and tabs shared by every page of one crate. */
export function Component() {
  const data = useCrate();
  return (
    <>
      <CrateHeader crate={data.crate} keywords={data.keywords ?? []} />
      <UnmaintainedBanner crateName={data.crate.name} />
      <CrateTabs crate={data.crate} />
      <div className="mt-6">
        <Outlet />
      </div>
    </>
  );
}
