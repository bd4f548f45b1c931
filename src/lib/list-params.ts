// A list's state (sort, page, letter) lives in the URL, so back/forward, reload
// and shared links restore it. Every URL parameter a page reads is parsed here (the
// compare page's in compare-params, kept out of every list page's bundle); loaders
// and pages read it with the same function.

export type SortOption = { value: string; label: string };

export type ListConfig = {
  sorts: readonly SortOption[];
  /** Used when the URL has no sort, or one this list does not know. */
  defaultSort: string;
  perPage: number;
  /** Page links stop here, as on crates.io (deep pages are refused for performance). */
  maxPages?: number;
};

export type ListState = {
  sort: string;
  /** 1-based. */
  page: number;
  /** An upper-case A–Z letter, or null for all. */
  letter: string | null;
};

export type ListChanges = Partial<{
  sort: string | null;
  page: number | null;
  letter: string | null;
}>;

/** "3" -> 3; anything else (missing, 0, -2, "x", "1.5") -> 1. */
export function parsePage(value: string | null): number {
  if (value === null || !/^\d+$/.test(value.trim())) return 1;
  const page = Number.parseInt(value, 10);
  return page >= 1 && Number.isSafeInteger(page) ? page : 1;
}

/** "a" -> "A"; anything but one ASCII letter -> null. */
export function parseLetter(value: string | null): string | null {
  const letter = value?.trim() ?? '';
  return /^[a-z]$/i.test(letter) ? letter.toUpperCase() : null;
}

export function parseSort(value: string | null, config: ListConfig): string {
  return config.sorts.some((s) => s.value === value) ? (value as string) : config.defaultSort;
}

export function readListParams(params: URLSearchParams, config: ListConfig): ListState {
  return {
    sort: parseSort(params.get('sort'), config),
    page: parsePage(params.get('page')),
    letter: parseLetter(params.get('letter')),
  };
}

/**
 * The search string ("?…", or "" when empty) for the list after `changes`, keeping every
 * other parameter (q, all_keywords…). A new sort or letter starts at page 1;
 * defaults are left out so equal states have one URL.
 */
export function listSearch(params: URLSearchParams, changes: ListChanges, config: ListConfig) {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | null) => {
    if (value === null) next.delete(key);
    else next.set(key, value);
  };
  if (changes.sort !== undefined) {
    set('sort', changes.sort === null || changes.sort === config.defaultSort ? null : changes.sort);
  }
  if (changes.letter !== undefined) set('letter', parseLetter(changes.letter));
  const page =
    changes.page !== undefined
      ? changes.page
      : changes.sort !== undefined || changes.letter !== undefined
        ? null
        : undefined;
  if (page !== undefined) set('page', page !== null && page > 1 ? String(page) : null);
  const qs = next.toString();
  return qs ? `?${qs}` : '';
}

/** Pages a list of `total` items has, within the config's cap (at least 1). */
export function pageCount(total: number, config: Pick<ListConfig, 'perPage' | 'maxPages'>) {
  const pages = Math.max(1, Math.ceil(total / config.perPage));
  return config.maxPages ? Math.min(pages, config.maxPages) : pages;
}

/** The API's paging parameters for a list state; page 1 is left out (one cache key). */
export function apiPaging(state: ListState, config: ListConfig) {
  return { page: state.page > 1 ? state.page : undefined, per_page: config.perPage };
}

// --- Feature explorer: `?features=net,rt&default=false` ---------------------

export type FeatureSelection = { features: string[]; defaultFeatures: boolean };

/** The features in the URL (unknown names kept apart, so the page can say so). */
export function readFeatureSelection(params: URLSearchParams, known: readonly string[]) {
  const names = [
    ...new Set(
      (params.get('features') ?? '')
        .split(',')
        .map((f) => f.trim())
        .filter((f) => f !== '' && f !== 'default'),
    ),
  ];
  return {
    features: names.filter((f) => known.includes(f)),
    unknown: names.filter((f) => !known.includes(f)),
    defaultFeatures: params.get('default') !== 'false',
  };
}

/** The query for a selection; defaults are left out so equal selections share one URL. */
export function featureQuery(selection: FeatureSelection) {
  return {
    features: selection.features.length > 0 ? selection.features.join(',') : null,
    default: selection.defaultFeatures ? null : 'false',
  };
}

// --- Dependents filters: `?kind=dev&optional=true` --------------------------

export const DEPENDENCY_KINDS = ['normal', 'dev', 'build'] as const;
export type DependencyKind = (typeof DEPENDENCY_KINDS)[number];
export type DependentsFilter = { kind: DependencyKind | null; optional: boolean | null };

/** Unknown values mean "any", so a bad link still shows the list. */
export function readDependentsFilter(params: URLSearchParams): DependentsFilter {
  const kind = params.get('kind');
  const optional = params.get('optional');
  return {
    kind: DEPENDENCY_KINDS.find((k) => k === kind) ?? null,
    optional: optional === 'true' ? true : optional === 'false' ? false : null,
  };
}

export const isFiltered = (f: DependentsFilter) => f.kind !== null || f.optional !== null;

/** The query for a filter; "any" is left out so equal filters share one URL. */
export function dependentsFilterQuery(f: DependentsFilter) {
  return { kind: f.kind, optional: f.optional === null ? null : String(f.optional) };
}

// --- Versions tab: `?sort=semver&view=timeline` -----------------------------

export const VERSION_SORTS = [
  { value: 'date', label: 'Date' },
  { value: 'semver', label: 'SemVer' },
] as const;
export type VersionSort = (typeof VERSION_SORTS)[number]['value'];

/** The order of the versions list (newest first by default) and whether the timeline shows. */
export function readVersionsView(params: URLSearchParams) {
  const sort: VersionSort = params.get('sort') === 'semver' ? 'semver' : 'date';
  return { sort, timeline: params.get('view') === 'timeline' };
}

// --- Followed crates: `/me/following?sort=downloads&page=2` -----------------

export const FOLLOWING_LIST: ListConfig = {
  sorts: [
    { value: 'alpha', label: 'Alphabetical' },
    { value: 'downloads', label: 'All-Time Downloads' },
  ],
  defaultSort: 'alpha',
  perPage: 10,
};

// --- Single values -----------------------------------------------------------

/** `/settings/tokens/new?from=<id>`: the token to pre-fill from, a positive integer id or null. */
export function readTokenTemplate(params: URLSearchParams): number | null {
  const from = params.get('from');
  return from === null ? null : parsePositiveId(from);
}

const parsePositiveId = (value: string) => {
  if (!/^\d+$/.test(value.trim())) return null;
  const id = Number.parseInt(value, 10);
  return id >= 1 && Number.isSafeInteger(id) ? id : null;
};

/** `/support?inquire=crate-violation&crate=foo`: the report form, pre-filled with a crate. */
export function readSupportInquiry(params: URLSearchParams) {
  return {
    reportCrate: params.get('inquire') === 'crate-violation',
    crate: params.get('crate') ?? '',
  };
}

/** The download chart's layout, `?chart=unstacked` (stacked by default). */
export const readChartMode = (params: URLSearchParams): 'stacked' | 'unstacked' =>
  params.get('chart') === 'unstacked' ? 'unstacked' : 'stacked';

/** What GitHub sent back to `/github-redirect.html`. */
export function readOAuthCallback(params: URLSearchParams) {
  const error = params.get('error');
  return {
    code: params.get('code'),
    state: params.get('state'),
    error: error ? { code: error, description: params.get('error_description') } : null,
  };
}

/** The page of a list that has no sort (dependents): `?page=3`, else 1. */
export const readPage = (params: URLSearchParams) => parsePage(params.get('page'));

/** The search box's text and the keyword filter of `/search?q=…&all_keywords=…`. */
export const readSearchText = (params: URLSearchParams) => ({
  q: params.get('q') ?? '',
  allKeywords: params.get('all_keywords'),
});
