import { Link } from 'react-router';
import type { Owner } from '@/api/types';
import { paths } from '@/lib/paths';

/** Owners with avatars: teams first, then users, each linked to their page. */
export function OwnersList({ owners }: { owners: Owner[] }) {
  const sorted = [...owners].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'team' ? -1 : 1));
  return (
    <ul className="space-y-2">
      {sorted.map((owner) => (
        <li key={`${owner.kind}-${owner.id}`}>
          <Link
            to={owner.kind === 'team' ? paths.team(owner.login) : paths.user(owner.login)}
            className="flex items-center gap-2 rounded-md p-1 hover:bg-surface-2"
          >
            <img
              src={owner.avatar ?? undefined}
              alt=""
              width={32}
              height={32}
              loading="lazy"
              className="size-8 shrink-0 rounded-full bg-surface-2"
            />
            <span className="min-w-0">
              <span className="block truncate font-medium">{owner.name ?? owner.login}</span>
              {owner.name && (
                <span className="block truncate text-xs text-muted">{owner.login}</span>
              )}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
