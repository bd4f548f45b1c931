import { describe, expect, it } from 'vitest';
import { parseSearch, searchToApiQuery } from './search-query';

describe('parseSearch', () => {
  it('takes keyword: and category: tokens out of the text', () => {
    expect(parseSearch('serde keyword:json category:encoding fast')).toEqual({
      text: 'serde fast',
      keywords: ['json'],
      categories: ['encoding'],
    });
  });

  it('leaves plain text alone', () => {
    expect(parseSearch('  http   client ')).toEqual({
      text: 'http client',
      keywords: [],
      categories: [],
    });
  });
});

describe('searchToApiQuery', () => {
  it('sends one keyword as `keyword`', () => {
    expect(searchToApiQuery('keyword:fire')).toMatchObject({ keyword: 'fire', q: undefined });
  });

  it('sends several keywords as `all_keywords`', () => {
    expect(searchToApiQuery('keyword:fire keyword:ball')).toMatchObject({
      all_keywords: 'fire ball',
    });
  });

  it('filters by the first category only', () => {
    expect(searchToApiQuery('category:a category:b x')).toMatchObject({ category: 'a', q: 'x' });
  });

  it('lets an explicit all_keywords win and sends q untouched', () => {
    expect(searchToApiQuery('keyword:x serde', { allKeywords: 'a b' })).toMatchObject({
      all_keywords: 'a b',
      q: 'keyword:x serde',
    });
  });

  it('omits page 1 and passes the sort', () => {
    expect(searchToApiQuery('serde', { page: 1, sort: 'downloads' })).toEqual({
      q: 'serde',
      page: undefined,
      per_page: 10,
      sort: 'downloads',
    });
  });
});
