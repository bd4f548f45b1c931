import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PagedCountList } from '@/components/ui/paged-count-list';
import { paths } from '@/lib/paths';
import { useListParams } from '@/lib/use-list-params';
import { CATEGORIES_LIST, categoriesQuery } from './categories-loader';

export function Component() {
  const list = useListParams(CATEGORIES_LIST);
  const categories = useQuery(categoriesQuery(list));
  return (
    <>
      <title>Categories - crates.io: Rust Package Registry</title>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h1 className="text-2xl font-bold">All Categories</h1>
        <Link className="link text-sm" to={paths.categorySlugs()}>
          Category slugs
        </Link>
      </div>
      <PagedCountList
        config={CATEGORIES_LIST}
        list={list}
        query={categories}
        label="Categories"
        errorTitle="Failed to load categories"
        emptyTitle="No categories yet"
        described
        placeholders={12}
        items={categories.data?.categories.map((c) => ({
          key: c.id,
          to: paths.category(c.slug),
          label: c.category,
          count: c.crates_cnt,
          description: c.description,
        }))}
      />
    </>
  );
}
