import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { categoryQueries } from '@/api/queries/categories';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/lib/paths';

/** Every category's slug (what Cargo.toml's `categories` takes) and what it is for. */
export function Component() {
  const slugs = useQuery(categoryQueries.slugs());
  const data = slugs.data?.category_slugs;
  return (
    <>
      <title>Category Slugs - crates.io: Rust Package Registry</title>
      <h1 className="text-2xl font-bold">All Valid Category Slugs</h1>
      <p className="mt-2 mb-6 max-w-3xl text-muted">
        The values a crate can list in the <code>categories</code> field of its{' '}
        <code>Cargo.toml</code>. Browse them as{' '}
        <Link className="link" to={paths.categories()}>
          categories
        </Link>
        .
      </p>
      {slugs.isError && !data ? (
        <QueryErrorState title="Failed to load category slugs" query={slugs} />
      ) : !data ? (
        <div
          role="status"
          aria-label="Loading category slugs"
          className="divide-y divide-line rounded-lg bg-surface ring-1 ring-line"
        >
          {Array.from({ length: 12 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
            <div key={i} className="px-4 py-3">
              <div className="flex h-5 items-center">
                <Skeleton className="h-3.5 w-40" />
              </div>
              <div className="mt-1 flex h-5 items-center">
                <Skeleton className="h-3.5 w-3/4" />
              </div>
            </div>
          ))}
        </div>
      ) : data.length === 0 ? (
        <EmptyState title="No categories yet" />
      ) : (
        <dl className="divide-y divide-line rounded-lg bg-surface ring-1 ring-line">
          {data.map((slug) => (
            <div key={slug.id} className="px-4 py-3">
              <dt>
                <Link className="link font-mono text-sm break-all" to={paths.category(slug.slug)}>
                  {slug.slug}
                </Link>
              </dt>
              <dd className="mt-1 text-sm text-muted [overflow-wrap:anywhere]">
                {slug.description}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
