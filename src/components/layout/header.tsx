import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { meQueries } from '@/api/queries/me';
import { LoginButton } from '@/components/auth/login-button';
import { paths } from '@/lib/paths';
import { Logo } from './logo';
import { SearchForm } from './search-form';
import { ThemeSelect } from './theme-select';

// Only a logged-in visit shows the menu (with its mutations): its own chunk,
// fetched once the session says so; the slot's placeholder stays meanwhile.
const UserMenu = lazy(() => import('./user-menu').then((m) => ({ default: m.UserMenu })));

const slotPlaceholder = (
  <span className="h-8 w-20 animate-pulse rounded-md bg-white/10 sm:w-36" aria-hidden />
);

export function Header() {
  const session = useQuery(meQueries.session());
  return (
    <header className="bg-header text-header-ink">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-3 px-4 py-3">
        <Link to={paths.home()} className="flex shrink-0 items-center gap-2 font-bold text-lg">
          <Logo />
          <span>crates.io</span>
        </Link>
        <div className="order-last flex w-full min-w-0 md:order-none md:w-auto md:flex-1">
          <SearchForm />
        </div>
        <nav aria-label="Site" className="ml-auto flex items-center gap-2">
          <Link to={paths.crates()} className="rounded-md px-2 py-2 text-sm hover:bg-white/10">
            Browse<span className="hidden sm:inline"> all crates</span>
          </Link>
          <ThemeSelect />
          {/* Fixed-size slot: the login state arriving never shifts the layout. */}
          <div className="flex min-w-20 justify-end sm:min-w-36">
            {session.data ? (
              <Suspense fallback={slotPlaceholder}>
                <UserMenu user={session.data.user} />
              </Suspense>
            ) : session.isPending ? (
              slotPlaceholder
            ) : (
              <LoginButton size="sm">
                <span>
                  Log in<span className="hidden sm:inline"> with GitHub</span>
                </span>
              </LoginButton>
            )}
          </div>
        </nav>
      </div>
    </header>
  );
}
