import { useQuery } from '@tanstack/react-query';
import { siteQueries } from '@/api/queries/site';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { paths } from '@/lib/paths';
import { CountList } from './count-list';
import { HomeHero } from './home-hero';
import { SummaryList } from './summary-list';

export function Component() {
  const summary = useQuery(siteQueries.summary());
  const data = summary.data;
  return (
    <>
      <title>crates.io: Rust Package Registry</title>
      <HomeHero downloads={data?.num_downloads} crates={data?.num_crates} />
      {summary.isError ? (
        <div className="mt-8">
          <QueryErrorState title="Failed to load the front page's crate lists" query={summary} />
        </div>
      ) : (
        <div className="mt-8 grid gap-8 md:grid-cols-2 lg:grid-cols-3">
          <SummaryList title="New Crates" crates={data?.new_crates} show="version" />
          <SummaryList title="Most Downloaded" crates={data?.most_downloaded} show="downloads" />
          <SummaryList title="Just Updated" crates={data?.just_updated} show="updated" />
          <SummaryList
            title="Most Recent Downloads"
            crates={data?.most_recently_downloaded}
            show="recent"
          />
          <CountList
            title="Popular Keywords"
            items={data?.popular_keywords.map((k) => ({
              key: k.id,
              to: paths.keyword(k.keyword),
              label: k.keyword,
              count: k.crates_cnt,
            }))}
          />
          <CountList
            title="Popular Categories"
            items={data?.popular_categories.map((c) => ({
              key: c.id,
              to: paths.category(c.slug),
              label: c.category,
              count: c.crates_cnt,
            }))}
          />
        </div>
      )}
    </>
  );
}
