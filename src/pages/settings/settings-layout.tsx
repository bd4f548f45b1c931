import { NavLink, Outlet } from 'react-router';
import { cn } from '@/lib/cn';
import { paths } from '@/lib/paths';

export function Component() {
  const link = ({ isActive }: { isActive: boolean }) =>
    cn(
      'block rounded-md px-3 py-2',
      isActive ? 'bg-accent-soft font-semibold text-ink' : 'text-muted hover:bg-surface-2',
    );
  return (
    <div className="grid gap-6 md:grid-cols-[12rem_minmax(0,1fr)]">
      <nav aria-label="Account settings">
        <ul className="flex gap-1 md:flex-col">
          <li>
            <NavLink to={paths.profileSettings()} className={link}>
              Profile
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.tokens()} className={link}>
              API Tokens
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.securitySettings()} className={link}>
              Security
            </NavLink>
          </li>
        </ul>
      </nav>
      <div className="min-w-0">
        <Outlet />
      </div>
    </div>
  );
}
