import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { NavLink, useLocation, useParams } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import { meQueries } from '@/api/queries/me';
import type { Crate } from '@/api/types';
import { useKeepInView, useScrollEdges } from '@/components/ui/use-scroll-edges';
import { cn } from '@/lib/cn';
import { plural } from '@/lib/format';
import { paths } from '@/lib/paths';

export function CrateTabs({ crate }: { crate: Crate }) {
  const { version } = useParams();
  const session = useQuery(meQueries.session());
  const owners = useQuery({ ...crateQueries.owners(crate.name), enabled: Boolean(session.data) });
  const login = session.data?.user.login;
  const isOwner = Boolean(
    login && owners.data?.users.some((o) => o.kind === 'user' && o.login === login),
  );
  const num = version ?? crate.default_version ?? crate.max_version;
  const scroller = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // On a narrow screen the open tab may sit past the edge: bring it into view.
  useKeepInView(scroller, '[aria-current="page"]', pathname);

  const tabs = [
    {
      label: 'Readme',
      to: version ? paths.crateVersion(crate.name, version) : paths.crate(crate.name),
      end: true,
    },
    {
      label: plural(crate.num_versions, 'Version'),
      to: paths.crateVersions(crate.name),
      end: true,
    },
    { label: 'Dependencies', to: paths.crateDependencies(crate.name, num), end: true },
    { label: 'Features', to: paths.crateFeatures(crate.name, version), end: true },
    { label: 'Dependents', to: paths.crateDependents(crate.name), end: true },
    { label: 'Code', to: paths.crateCode(crate.name, version), end: false },
    { label: 'Security', to: paths.crateSecurity(crate.name), end: true },
    ...(isOwner ? [{ label: 'Settings', to: paths.crateSettings(crate.name), end: false }] : []),
  ];
  const edges = useScrollEdges(scroller, tabs.length);
  return (
    <nav
      ref={scroller}
      aria-label={`${crate.name} crate subpages`}
      // Fades the side that has more tabs, and keeps a thin scrollbar: the row visibly scrolls.
      className={cn(
        'mt-6 overflow-x-auto border-b border-line [scrollbar-width:thin]',
        edges.left && edges.right
          ? 'mask-x-from-85% mask-x-to-100%'
          : edges.right
            ? 'mask-r-from-85% mask-r-to-100%'
            : edges.left && 'mask-l-from-85% mask-l-to-100%',
      )}
    >
      <ul className="flex min-w-max gap-1">
        {tabs.map((tab) => (
          <li key={tab.label}>
            <NavLink
              to={tab.to}
              end={tab.end}
              className={({ isActive }) =>
                cn(
                  '-mb-px inline-block border-b-2 px-3 py-2 text-sm font-medium',
                  isActive
                    ? 'border-accent text-ink'
                    : 'border-transparent text-muted hover:text-ink',
                )
              }
            >
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
