// URL rules for README links and images: what stays, what is resolved against the
// crate's repository, and what is dropped.

/** Where relative README paths point: files (`blob`) and raw files for images (`raw`). */
export type RepositoryBase = { blob: string; raw: string };

export const EXTERNAL_REL = 'nofollow noopener noreferrer ugc';

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const HTTP = /^https?:/i;
/** Raster and vector images only: a `data:` URL in an `<img>` cannot run script. */
const DATA_IMAGE = /^data:image\/[a-z\d.+-]+[;,]/i;

/**
 * The base for relative paths, from the crate's `repository` field. Only GitHub and
 * GitLab have a known layout; other hosts give `null` (relative paths are dropped).
 */
export function repositoryBase(repository: string | null): RepositoryBase | null {
  if (!repository) return null;
  let url: URL;
  try {
    url = new URL(repository.trim());
  } catch {
    return null;
  }
  if (!HTTP.test(url.protocol)) return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const segments = url.pathname.split('/').filter(Boolean);
  if (host === 'github.com') {
    const [owner, repo] = segments;
    if (!owner || !repo) return null;
    const root = `https://github.com/${owner}/${repo.replace(/\.git$/, '')}`;
    return { blob: `${root}/blob/HEAD/`, raw: `${root}/raw/HEAD/` };
  }
  if (host === 'gitlab.com') {
    // Nested groups are allowed; `/-/` starts GitLab's own routes (`/-/tree/main`).
    const end = segments.indexOf('-');
    const path = end === -1 ? segments : segments.slice(0, end);
    if (path.length < 2) return null;
    const root = `https://gitlab.com/${path.join('/').replace(/\.git$/, '')}`;
    return { blob: `${root}/-/blob/HEAD/`, raw: `${root}/-/raw/HEAD/` };
  }
  return null;
}

/** A path relative to the repository root (`docs/a.md`, `./a.md`, `/a.md`) under `base`. */
function resolveRelative(path: string, base: string | undefined): string | null {
  if (!base) return null;
  try {
    return new URL(path.replace(/^\/+/, ''), base).href;
  } catch {
    return null;
  }
}

const withScheme = (value: string) => (value.startsWith('//') ? `https:${value}` : value);

/** The fragment id crates.io gives heading anchors; the prefix keeps README ids apart from ours. */
export const contentId = (id: string) =>
  id.startsWith('user-content-') ? id : `user-content-${id}`;

export type LinkTarget =
  | { kind: 'fragment'; href: string }
  | { kind: 'external'; href: string }
  | { kind: 'mailto'; href: string }
  | { kind: 'none' };

/** What a README link's `href` becomes. */
export function linkTarget(raw: string, base: RepositoryBase | null): LinkTarget {
  const value = raw.trim();
  if (value.startsWith('#')) {
    const fragment = value.slice(1);
    return { kind: 'fragment', href: fragment ? `#${contentId(fragment)}` : '#' };
  }
  const href = withScheme(value);
  if (HTTP.test(href)) return { kind: 'external', href };
  if (/^mailto:/i.test(href)) return { kind: 'mailto', href };
  if (!value || SCHEME.test(href)) return { kind: 'none' };
  const resolved = resolveRelative(value, base?.blob);
  return resolved ? { kind: 'external', href: resolved } : { kind: 'none' };
}

/** What an image `src` becomes, or `null` when it cannot be shown. */
export function imageSource(raw: string, base: RepositoryBase | null): string | null {
  const value = raw.trim();
  if (!value || value.startsWith('#')) return null;
  if (DATA_IMAGE.test(value)) return value;
  const src = withScheme(value);
  if (HTTP.test(src)) return src;
  if (SCHEME.test(src)) return null;
  return resolveRelative(value, base?.raw);
}

/** A `srcset` with every candidate made absolute, or `null` if any cannot be. */
export function imageSourceSet(raw: string, base: RepositoryBase | null): string | null {
  const candidates = raw
    .split(',')
    .map((candidate) => candidate.trim())
    .filter(Boolean);
  if (candidates.length === 0) return null;
  const resolved: string[] = [];
  for (const candidate of candidates) {
    const [url = '', ...descriptor] = candidate.split(/\s+/);
    // `data:` URLs contain commas, which `srcset` cannot carry reliably.
    const src = /^data:/i.test(url) ? null : imageSource(url, base);
    if (!src) return null;
    resolved.push([src, ...descriptor].join(' '));
  }
  return resolved.join(', ');
}
