import { useQuery, useQueryClient } from '@tanstack/react-query';
import { crateMutations } from '@/api/mutations/crates';
import { meQueries } from '@/api/queries/me';
import { siteQueries } from '@/api/queries/site';
import { useGuardedMutation } from '@/api/use-guarded-mutation';
import { Button } from '@/components/ui/button';

/** Follow/Unfollow, for logged-in users only. */
export function FollowButton({ crateName }: { crateName: string }) {
  const queryClient = useQueryClient();
  const session = useQuery(meQueries.session());
  const site = useQuery(siteQueries.metadata());
  const loggedIn = Boolean(session.data);
  const status = useQuery({ ...meQueries.following(crateName), enabled: loggedIn });
  const follow = useGuardedMutation(crateMutations.follow(queryClient, crateName));
  if (!loggedIn) return null;

  const following = status.data?.following ?? false;
  const readOnly = site.data?.read_only ?? false;
  const label = status.isPending ? 'Loading…' : following ? 'Unfollow' : 'Follow';
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        busy={status.isPending || follow.isPending}
        disabled={status.isError || readOnly}
        aria-pressed={status.isPending ? undefined : following}
        title={readOnly ? 'crates.io is in read-only mode' : undefined}
        onClick={() => follow.mutate(!following)}
      >
        {label}
      </Button>
      {(status.isError || follow.isError) && (
        <p role="alert" className="max-w-56 text-right text-sm text-danger">
          {follow.isError
            ? `Something went wrong when ${following ? 'unfollowing' : 'following'} the ${crateName} crate: ${follow.error.message}`
            : 'Could not check whether you follow this crate.'}
        </p>
      )}
    </div>
  );
}
