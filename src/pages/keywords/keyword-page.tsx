import { Link, useParams } from 'react-router';
import { CrateListSection } from '@/components/crate/crate-list-section';
import { paths } from '@/lib/paths';
import { useListParams } from '@/lib/use-list-params';
import { KEYWORD_CRATES_LIST, keywordCratesQuery } from './keyword-loader';

export function Component() {
  const keyword = useParams().keyword ?? '';
  const list = useListParams(KEYWORD_CRATES_LIST);
  return (
    <>
      <title>{`Crates for keyword '${keyword}' - crates.io: Rust Package Registry`}</title>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link className="link" to={paths.keywords()}>
          Keywords
        </Link>
      </nav>
      <h1 className="mb-4 text-2xl font-bold wrap-anywhere">
        All Crates for keyword <q>{keyword}</q>
      </h1>
      <CrateListSection
        config={KEYWORD_CRATES_LIST}
        list={list}
        query={keywordCratesQuery(keyword, list)}
        errorTitle={`${keyword}: Failed to load crates`}
        headingLevel={2}
        empty={
          <p>
            No crate has the keyword <q>{keyword}</q>. Browse{' '}
            <Link className="link" to={paths.keywords()}>
              all keywords
            </Link>{' '}
            or{' '}
            <Link className="link" to={paths.search({ q: keyword })}>
              search for {keyword}
            </Link>
            .
          </p>
        }
      />
    </>
  );
}
