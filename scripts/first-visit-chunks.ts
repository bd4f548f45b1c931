// Chunking for the pages a visit most often starts on. By default rolldown gives every set of
// importers its own chunk, so the Versions tab loaded 29 scripts of 0.1–1 KB each. Over
// HTTP/1.1 a phone fetches six at a time, a round trip each, and they share the line with the
// entry chunk for the whole first load (docs/performance.md, "Fewer scripts on a first visit").
//
// The rule, for each module the entry does not hold: the first-visit pages that import it
// (through any path) name its chunk, so a module that only the crate overview and the Versions
// tab use goes into one chunk with the others they share. A module that other pages use too
// goes into a "shared" sibling of that chunk, so those pages do not load the first-visit pages'
// own code; big modules used elsewhere (a library, a chart) keep rolldown's own chunks. Measured
// with Lighthouse mobile: the Versions tab's LCP 2.82 → 2.39 s (50 → 35 requests); the crate
// page's first-load JS 153.8 KB in 18 scripts → 153.1 KB in 12.

const FRONT_PAGE = 'src/pages/home/home-page.tsx';

/** The pages a visit starts on most (issue 10's measured routes). */
export const FIRST_VISIT_PAGES = [
  FRONT_PAGE,
  'src/pages/search/search-page.tsx',
  'src/pages/crate/crate-overview-page.tsx',
  'src/pages/crate/crate-versions-page.tsx',
] as const;

/** The layout every crate tab opens in: what it imports comes with any of them. */
export const CRATE_LAYOUT = 'src/pages/crate/crate-layout.tsx';

/** A module this small may be loaded by a page that does not need it. */
export const SMALL_MODULE_BYTES = 12_000;

type ModuleInfo = {
  isEntry: boolean;
  importers: readonly string[];
  importedIds: readonly string[];
  dynamicImporters: readonly string[];
  code?: string | null;
};
export type ChunkingContext = { getModuleInfo(id: string): ModuleInfo | null };

/** The chunk name for `id`, or null to leave it to rolldown. */
export function firstVisitChunk(id: string, ctx: ChunkingContext): string | null {
  // The two TanStack Query hooks every crate tab uses and the entry does not, together. They
  // are imported through the package's index (which the entry holds), so which pages use a
  // hook cannot be told from the import graph; the others keep rolldown's chunks.
  if (id.includes('/node_modules/@tanstack/'))
    return /\/(useSuspenseQuery|useMutation|mutationObserver)\.js$/.test(id) ? QUERY_HOOKS : null;
  // Other libraries keep rolldown's chunks, loaded only by the pages that use them.
  if (id.includes('/node_modules/')) return null;
  const roots = rootsOf(id, ctx);
  const bucket = bucketOf([CRATE_LAYOUT, ...FIRST_VISIT_PAGES].filter((page) => roots.has(page)));
  if (!bucket) return null;
  const usedElsewhere = [...roots].some(
    (root) => root !== CRATE_LAYOUT && !FIRST_VISIT_PAGES.includes(root as FirstVisitPage),
  );
  if (!usedElsewhere) return bucket;
  // The downloads chart's frame, table and data are one feature that four pages use (the
  // Versions tab, the crate overview's downloads section, compare, the crate compare tab).
  if (id.includes('/src/components/download-chart/')) return 'download-chart-shared';
  const shared = bucket === SHARED ? SHARED : `${bucket}-shared`;
  return sharable(id, shared, ctx, new Set()) ? shared : null;
}

/**
 * Whether another page may load `id`'s chunk for it: the module is small, and what it imports
 * is in the entry or in that chunk too (so the chunk does not pull in a library or a page).
 */
function sharable(id: string, chunk: string, ctx: ChunkingContext, seen: Set<string>): boolean {
  if (seen.has(id)) return true;
  seen.add(id);
  const info = ctx.getModuleInfo(id);
  if (!info || (info.code?.length ?? Number.POSITIVE_INFINITY) > SMALL_MODULE_BYTES) return false;
  return info.importedIds.every(
    (dep) =>
      inEntry(dep, ctx) || (firstVisitChunk(dep, ctx) === chunk && sharable(dep, chunk, ctx, seen)),
  );
}

type FirstVisitPage = (typeof FIRST_VISIT_PAGES)[number];
const SHARED = 'first-visit-shared';
const QUERY_HOOKS = 'query-hooks';

/** Which chunk a module reached by these first-visit pages (and the layout) belongs in. */
function bucketOf(pages: readonly string[]): string | null {
  if (pages.length === 0) return null;
  const name = (page: string) => page.replace(/^.*\//, '').replace(/\.tsx?$/, '');
  // The front page's chunk stays as small as it can be: what it shares goes with it.
  if (pages.includes(FRONT_PAGE)) return 'home-page';
  if (pages.length === 1) return name(pages[0] as string);
  // Every crate tab opens in the layout, so the layout's chunk is loaded with any of them.
  if (pages.includes(CRATE_LAYOUT) && pages.every((page) => page.startsWith('src/pages/crate/')))
    return name(CRATE_LAYOUT);
  return SHARED;
}

/**
 * The pages (modules loaded by a dynamic import, as project-relative paths) that import `id`
 * directly or through other modules; `id` itself counts when it is one.
 */
function rootsOf(id: string, ctx: ChunkingContext): Set<string> {
  const roots = new Set<string>();
  for (const [moduleId, info] of importersOf(id, ctx))
    if (info.dynamicImporters.length) roots.add(moduleId.replace(/^.*?\/(src\/)/, '$1'));
  return roots;
}

/** Whether the entry imports `id` statically (it is then in the entry's chunk). */
function inEntry(id: string, ctx: ChunkingContext): boolean {
  for (const [, info] of importersOf(id, ctx)) if (info.isEntry) return true;
  return false;
}

/** `id` and every module that imports it, directly or through others, once each. */
function* importersOf(id: string, ctx: ChunkingContext): Generator<[string, ModuleInfo]> {
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const current = stack.pop() as string;
    if (seen.has(current)) continue;
    seen.add(current);
    const info = ctx.getModuleInfo(current);
    if (!info) continue;
    yield [current, info];
    stack.push(...info.importers);
  }
}
