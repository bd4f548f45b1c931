import type { CrateListQuery } from '@/api/types';

export type ParsedSearch = {
  /** The free text left after taking out `keyword:` and `category:` tokens. */
  text: string;
  keywords: string[];
  categories: string[];
};

const TOKEN = /(?:^|\s)(keyword|category):(\S+)/gi;

/** "serde keyword:json category:encoding" -> text "serde", keywords [json], categories [encoding]. */
export function parseSearch(q: string): ParsedSearch {
  const keywords: string[] = [];
  const categories: string[] = [];
  const text = q
    .replace(TOKEN, (_match, kind: string, value: string) => {
      (kind.toLowerCase() === 'keyword' ? keywords : categories).push(value);
      return ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return { text, keywords, categories };
}

/**
 * The list_crates query for a search. One keyword becomes `keyword`, several
 * become `all_keywords`; only the first category filters (the API takes one).
 */
export function searchToApiQuery(
  q: string,
  options: {
    sort?: string | null;
    page?: number;
    perPage?: number;
    allKeywords?: string | null;
  } = {},
): CrateListQuery {
  const parsed = parseSearch(q);
  const query: CrateListQuery = {
    q: parsed.text || undefined,
    page: options.page && options.page > 1 ? options.page : undefined,
    per_page: options.perPage ?? 10,
    sort: options.sort || undefined,
  };
  if (options.allKeywords) {
    // An explicit all_keywords parameter wins; q goes to the API untouched.
    return { ...query, q: q.trim() || undefined, all_keywords: options.allKeywords };
  }
  if (parsed.keywords.length === 1) query.keyword = parsed.keywords[0];
  if (parsed.keywords.length > 1) query.all_keywords = parsed.keywords.join(' ');
  if (parsed.categories.length > 0) query.category = parsed.categories[0];
  return query;
}
