import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { teamQueries } from '@/api/queries/users';
import { CrateListSection } from '@/components/crate/crate-list-section';
import { useListParams } from '@/lib/use-list-params';
import { OwnerHeader } from './owner-header';
import { TEAM_CRATES_LIST, teamCratesQuery } from './team-loader';

/** "github:serde-rs:publish" -> "serde-rs / publish". */
function teamTitle(login: string, name?: string | null) {
  const [, org, team] = login.split(':');
  return org ? `${org} / ${name ?? team ?? login}` : (name ?? login);
}

export function Component() {
  const login = useParams().team ?? '';
  const list = useListParams(TEAM_CRATES_LIST);
  const { team } = useSuspenseQuery(teamQueries.detail(login)).data;
  const title = teamTitle(team.login, team.name);
  return (
    <>
      <title>{`${team.login} - crates.io: Rust Package Registry`}</title>
      <OwnerHeader
        kind="team"
        title={title}
        subtitle={team.login}
        avatar={team.avatar}
        url={team.url}
      />
      <section aria-labelledby="team-crates-title" className="mt-8">
        <h2 id="team-crates-title" className="mb-3 text-lg font-semibold">
          Crates
        </h2>
        <CrateListSection
          config={TEAM_CRATES_LIST}
          list={list}
          query={teamCratesQuery(team, list)}
          headingLevel={3}
          empty={<p>This team does not own any crates yet.</p>}
        />
      </section>
    </>
  );
}
