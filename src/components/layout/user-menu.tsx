import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { sessionMutations } from '@/api/mutations/session';
import { meQueries } from '@/api/queries/me';
import type { AuthenticatedUser } from '@/api/types';
import { disableAdminActions, enableAdminActions, useAdminActionsUntil } from '@/lib/admin-actions';
import { formatTime } from '@/lib/format';
import { paths } from '@/lib/paths';

export type UserMenuProps = { user: AuthenticatedUser };

export function UserMenu({ user }: UserMenuProps) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const menu = useRef<HTMLDetailsElement>(null);
  const invitations = useQuery(meQueries.invitations(user.id));
  const pending = invitations.data?.invitations.length ?? 0;
  const logout = useMutation(sessionMutations.logout(queryClient));
  const adminUntil = useAdminActionsUntil();

  // Close the menu whenever the page changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: location is the trigger
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [location]);

  const item = 'block rounded px-3 py-2 text-ink hover:bg-surface-2';
  return (
    <details ref={menu} className="relative">
      {/* Named as a sentence, "ferris-demo, 3 pending owner invitations", from its
          content (so the visible text stays part of the name). The comma is hidden
          by size, not by sr-only: a positioned element would get a space before it. */}
      <summary className="flex h-9 cursor-pointer list-none items-center gap-2 rounded-md px-2 text-header-ink hover:bg-white/10 [&::-webkit-details-marker]:hidden">
        <img
          src={user.avatar ?? undefined}
          alt=""
          width={28}
          height={28}
          className="size-7 rounded-full bg-white/20"
        />
        {/* Avatar only on a phone: the menu fits the header's fixed login slot. */}
        <span className="sr-only max-w-32 truncate sm:not-sr-only">
          <span>{user.login}</span>
          {pending > 0 && <span className="text-[0px]">,</span>}
        </span>
        {pending > 0 && (
          <span className="rounded-full bg-accent px-1.5 text-xs font-bold text-accent-ink">
            {pending}
            <span className="sr-only">
              {pending === 1 ? ' pending owner invitation' : ' pending owner invitations'}
            </span>
          </span>
        )}
      </summary>
      <nav
        aria-label="Account"
        className="absolute right-0 z-20 mt-2 w-56 rounded-lg border border-line bg-surface p-1 text-sm shadow-lg"
      >
        <ul>
          <li>
            <Link className={item} to={paths.user(user.login)}>
              Profile
            </Link>
          </li>
          <li>
            <Link className={item} to={paths.dashboard()}>
              Dashboard
            </Link>
          </li>
          <li>
            <Link className={item} to={paths.profileSettings()}>
              Account settings
            </Link>
          </li>
          <li>
            <Link className={item} to={paths.pendingInvites()}>
              Owner invites{pending > 0 ? ` (${pending})` : ''}
            </Link>
          </li>
          {user.is_admin && (
            <li className="mt-1 border-t border-line pt-1">
              {adminUntil === null ? (
                <button
                  type="button"
                  className={`${item} w-full text-left`}
                  onClick={enableAdminActions}
                >
                  Enable admin actions
                </button>
              ) : (
                <>
                  <p className="px-3 py-1 text-muted">
                    Admin actions enabled until {formatTime(new Date(adminUntil))}
                  </p>
                  <button
                    type="button"
                    className={`${item} w-full text-left`}
                    onClick={disableAdminActions}
                  >
                    Disable admin actions
                  </button>
                </>
              )}
            </li>
          )}
          <li className="mt-1 border-t border-line pt-1">
            <button
              type="button"
              className={`${item} w-full text-left disabled:opacity-60`}
              disabled={logout.isPending}
              onClick={() =>
                logout.mutate(undefined, {
                  onSuccess: () => {
                    disableAdminActions();
                    navigate(paths.home());
                  },
                })
              }
            >
              {logout.isPending ? 'Signing out…' : 'Sign out'}
            </button>
            {logout.isError && (
              <p role="alert" className="px-3 py-1 text-danger">
                Sign-out failed: {logout.error.message}
              </p>
            )}
          </li>
        </ul>
      </nav>
    </details>
  );
}
