import { describe, expect, it } from 'vitest';
import { CRATE_SORTS, crateListConfig, crateListQuery } from './crate-lists';
import {
  apiPaging,
  dependentsFilterQuery,
  type ListConfig,
  listSearch,
  pageCount,
  parseLetter,
  parsePage,
  parseSort,
  readDependentsFilter,
  readListParams,
  readOAuthCallback,
  readTokenTemplate,
  readVersionsView,
} from './list-params';

const config: ListConfig = {
  sorts: CRATE_SORTS,
  defaultSort: 'recent-downloads',
  perPage: 50,
  maxPages: 20,
};
const params = (qs: string) => new URLSearchParams(qs);

describe('parsePage', () => {
  it('reads positive whole numbers', () => {
    expect(parsePage('3')).toBe(3);
    expect(parsePage(' 12 ')).toBe(12);
  });

  it('falls back to page 1 for anything else', () => {
    for (const value of [null, '', '0', '-2', 'x', '1.5', '2e3', '99999999999999999999']) {
      expect(parsePage(value), String(value)).toBe(1);
    }
  });
});

describe('parseLetter', () => {
  it('takes one ASCII letter, upper-cased', () => {
    expect(parseLetter('a')).toBe('A');
    expect(parseLetter('Z')).toBe('Z');
  });

  it('ignores anything else', () => {
    for (const value of [null, '', 'ab', '1', 'é', '-']) expect(parseLetter(value)).toBeNull();
  });
});

describe('parseSort', () => {
  it('keeps a known sort and replaces an unknown one by the default', () => {
    expect(parseSort('alpha', config)).toBe('alpha');
    expect(parseSort('relevance', config)).toBe('recent-downloads');
    expect(parseSort(null, config)).toBe('recent-downloads');
  });
});

describe('readListParams', () => {
  it('reads the whole state, with defaults', () => {
    expect(readListParams(params('sort=new&page=2&letter=s'), config)).toEqual({
      sort: 'new',
      page: 2,
      letter: 'S',
    });
    expect(readListParams(params(''), config)).toEqual({
      sort: 'recent-downloads',
      page: 1,
      letter: null,
    });
  });
});

describe('listSearch', () => {
  it('changes the page and keeps the other parameters', () => {
    expect(listSearch(params('q=serde&sort=new'), { page: 3 }, config)).toBe(
      '?q=serde&sort=new&page=3',
    );
  });

  it('leaves page 1 and the default sort out of the URL', () => {
    expect(listSearch(params('sort=new&page=4'), { page: 1 }, config)).toBe('?sort=new');
    expect(listSearch(params('sort=new'), { sort: 'recent-downloads' }, config)).toBe('');
  });

  it('starts a new sort or letter at page 1', () => {
    expect(listSearch(params('page=4'), { sort: 'alpha' }, config)).toBe('?sort=alpha');
    expect(listSearch(params('page=4&sort=alpha'), { letter: 'b' }, config)).toBe(
      '?sort=alpha&letter=B',
    );
    expect(listSearch(params('letter=B&page=2'), { letter: null }, config)).toBe('');
  });
});

describe('pageCount', () => {
  it('rounds up, is at least 1, and stops at the cap', () => {
    expect(pageCount(0, config)).toBe(1);
    expect(pageCount(101, config)).toBe(3);
    expect(pageCount(100_000, config)).toBe(20);
    expect(pageCount(100_000, { perPage: 10 })).toBe(10_000);
  });
});

describe('crateListQuery', () => {
  it('adds the sort and paging to the filter, leaving page 1 out', () => {
    const keyword = crateListConfig('recent-downloads');
    expect(
      crateListQuery({ keyword: 'serde' }, { sort: 'alpha', page: 1, letter: null }, keyword),
    ).toEqual({ keyword: 'serde', sort: 'alpha', page: undefined, per_page: 10 });
    expect(apiPaging({ sort: 'alpha', page: 2, letter: null }, config)).toEqual({
      page: 2,
      per_page: 50,
    });
  });
});

describe('dependents filter', () => {
  it('reads kind and optional, treating unknown values as any', () => {
    expect(readDependentsFilter(new URLSearchParams('kind=dev&optional=true'))).toEqual({
      kind: 'dev',
      optional: true,
    });
    expect(readDependentsFilter(new URLSearchParams('kind=peer&optional=maybe'))).toEqual({
      kind: null,
      optional: null,
    });
    expect(dependentsFilterQuery({ kind: 'build', optional: false })).toEqual({
      kind: 'build',
      optional: 'false',
    });
    expect(dependentsFilterQuery({ kind: null, optional: null })).toEqual({
      kind: null,
      optional: null,
    });
  });
});

describe('single-value parameters', () => {
  const q = (search: string) => new URLSearchParams(search);

  it('reads the versions tab the way crates.io links it', () => {
    expect(readVersionsView(q(''))).toEqual({ sort: 'date', timeline: false });
    expect(readVersionsView(q('sort=semver&view=timeline'))).toEqual({
      sort: 'semver',
      timeline: true,
    });
    expect(readVersionsView(q('sort=SemVer&view=list'))).toEqual({ sort: 'date', timeline: false });
  });

  it('takes a token template id only when it is a positive integer', () => {
    expect(readTokenTemplate(q('from=42'))).toBe(42);
    expect(readTokenTemplate(q(''))).toBeNull();
    expect(readTokenTemplate(q('from='))).toBeNull();
    expect(readTokenTemplate(q('from=-3'))).toBeNull();
    expect(readTokenTemplate(q('from=abc'))).toBeNull();
    expect(readTokenTemplate(q('from=1.5'))).toBeNull();
  });

  it("reads GitHub's answer to the login", () => {
    expect(readOAuthCallback(q('code=c0de&state=s1'))).toEqual({
      code: 'c0de',
      state: 's1',
      error: null,
    });
    expect(readOAuthCallback(q('error=access_denied&error_description=The+user+said+no'))).toEqual({
      code: null,
      state: null,
      error: { code: 'access_denied', description: 'The user said no' },
    });
  });
});
