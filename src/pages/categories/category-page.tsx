import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { categoryQueries } from '@/api/queries/categories';
import type { Category } from '@/api/types';
import { CrateListSection } from '@/components/crate/crate-list-section';
import { LinkCountList } from '@/components/ui/link-count-list';
import { paths } from '@/lib/paths';
import { useListParams } from '@/lib/use-list-params';
import { CATEGORY_CRATES_LIST, categoryCratesQuery } from './category-loader';

/** "Development tools::Testing" -> "Testing": the breadcrumb shows the parents. */
const shortName = (category: Category) => category.category.split('::').at(-1) ?? category.slug;

export function Component() {
  const slug = useParams().slug ?? '';
  const list = useListParams(CATEGORY_CRATES_LIST);
  const { category } = useSuspenseQuery(categoryQueries.detail(slug)).data;
  const name = shortName(category);
  const subcategories = category.subcategories ?? [];
  return (
    <>
      <title>{`${category.category} - Categories - crates.io: Rust Package Registry`}</title>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <ol className="flex flex-wrap items-center gap-x-1.5 text-muted">
          <li>
            <Link className="link" to={paths.categories()}>
              Categories
            </Link>
          </li>
          {(category.parent_categories ?? []).map((parent) => (
            <li key={parent.slug} className="flex items-center gap-x-1.5">
              <span aria-hidden>›</span>
              <Link className="link" to={paths.category(parent.slug)}>
                {shortName(parent)}
              </Link>
            </li>
          ))}
          <li className="flex items-center gap-x-1.5">
            <span aria-hidden>›</span>
            <span aria-current="page">{name}</span>
          </li>
        </ol>
      </nav>
      <h1 className="text-2xl font-bold break-words">{name}</h1>
      {category.description && (
        <p className="mt-2 max-w-3xl text-muted [overflow-wrap:anywhere]">{category.description}</p>
      )}
      {subcategories.length > 0 && (
        <section aria-labelledby="subcategories-title" className="mt-6">
          <h2 id="subcategories-title" className="mb-3 text-lg font-semibold">
            Subcategories
          </h2>
          <LinkCountList
            label="Subcategories"
            items={subcategories.map((sub) => ({
              key: sub.slug,
              to: paths.category(sub.slug),
              label: shortName(sub),
              count: sub.crates_cnt,
              description: sub.description,
            }))}
          />
        </section>
      )}
      <section aria-labelledby="category-crates-title" className="mt-8">
        <h2 id="category-crates-title" className="mb-3 text-lg font-semibold">
          Crates
        </h2>
        <CrateListSection
          config={CATEGORY_CRATES_LIST}
          list={list}
          query={categoryCratesQuery(slug, list)}
          headingLevel={3}
          empty={<p>No crate is in this category yet.</p>}
        />
      </section>
    </>
  );
}
