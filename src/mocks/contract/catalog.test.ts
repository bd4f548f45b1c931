// Contract cases for keywords, categories, the front page summary and site metadata.
import { describe, expect, it } from 'vitest';
import { check } from './harness';

describe('keywords and categories', () => {
  it('list_keywords and find_keyword answer keywords', async () => {
    await check('list_keywords', 200, '/api/v1/keywords?sort=crates&page=1&per_page=10');
    expect((await check('find_keyword', 200, '/api/v1/keywords/serde')).keyword.id).toBe('serde');
  });

  it('find_keyword answers 404 for an unknown keyword', async () => {
    await check('find_keyword', 404, '/api/v1/keywords/no-such-keyword');
  });

  it('list_categories, find_category and list_category_slugs answer categories', async () => {
    await check('list_categories', 200, '/api/v1/categories?sort=crates&per_page=50');
    expect(
      (await check('find_category', 200, '/api/v1/categories/development-tools')).category.slug,
    ).toBe('development-tools');
    await check('list_category_slugs', 200, '/api/v1/category_slugs');
  });

  it('find_category answers 404 for an unknown category', async () => {
    await check('find_category', 404, '/api/v1/categories/no-such-category');
  });
});

describe('site', () => {
  it('get_summary and get_site_metadata answer the front page and the site', async () => {
    await check('get_summary', 200, '/api/v1/summary');
    await check('get_site_metadata', 200, '/api/v1/site_metadata');
  });
});
