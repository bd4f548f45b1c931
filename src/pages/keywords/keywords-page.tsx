import { useQuery } from '@tanstack/react-query';
import { PagedCountList } from '@/components/ui/paged-count-list';
import { paths } from '@/lib/paths';
import { useListParams } from '@/lib/use-list-params';
import { KEYWORDS_LIST, keywordsQuery } from './keywords-loader';

export function Component() {
  const list = useListParams(KEYWORDS_LIST);
  const keywords = useQuery(keywordsQuery(list));
  return (
    <>
      <title>Keywords - crates.io: Rust Package Registry</title>
      <h1 className="mb-4 text-2xl font-bold">All Keywords</h1>
      <PagedCountList
        config={KEYWORDS_LIST}
        list={list}
        query={keywords}
        label="Keywords"
        errorTitle="Failed to load keywords"
        emptyTitle="No keywords yet"
        items={keywords.data?.keywords.map((k) => ({
          key: k.id,
          to: paths.keyword(k.keyword),
          label: k.keyword,
          count: k.crates_cnt,
        }))}
      />
    </>
  );
}
