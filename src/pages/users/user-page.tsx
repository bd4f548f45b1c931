import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { meQueries } from '@/api/queries/me';
import { userQueries } from '@/api/queries/users';
import { CrateListSection } from '@/components/crate/crate-list-section';
import { useListParams } from '@/lib/use-list-params';
import { OwnerHeader } from './owner-header';
import { isOwnProfile, USER_CRATES_LIST, userCratesQuery } from './user-loader';

export function Component() {
  const login = useParams().login ?? '';
  const list = useListParams(USER_CRATES_LIST);
  const { user } = useSuspenseQuery(userQueries.detail(login)).data;
  // Only tells whether this is your own profile: a failure means "no".
  const session = useQuery(meQueries.session());
  const own = isOwnProfile(user, session.data?.user.login);
  return (
    <>
      <title>{`${user.login} - crates.io: Rust Package Registry`}</title>
      <OwnerHeader
        kind="user"
        title={user.name ?? user.login}
        subtitle={user.name ? user.login : null}
        avatar={user.avatar}
        url={user.url}
      />
      <section aria-labelledby="user-crates-title" className="mt-8">
        <h2 id="user-crates-title" className="mb-3 text-lg font-semibold">
          Crates
        </h2>
        <CrateListSection
          config={USER_CRATES_LIST}
          list={list}
          query={userCratesQuery(user, own, list)}
          headingLevel={3}
          empty={<p>{user.name ?? user.login} does not own any crates yet.</p>}
        />
      </section>
    </>
  );
}
