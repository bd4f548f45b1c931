// The one place app URLs are built. They match crates.io's, so links to the
// official site work here and the other way round.

const enc = encodeURIComponent;

function withQuery(path: string, query?: Record<string, string | number | null | undefined>) {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export type ListQuery = { sort?: string | null; page?: number | null };

export const paths = {
  home: () => '/',
  search: (query: { q?: string; sort?: string | null; page?: number | null } = {}) =>
    withQuery('/search', query),
  crates: (query: ListQuery & { letter?: string | null } = {}) => withQuery('/crates', query),
  crate: (name: string) => `/crates/${enc(name)}`,
  crateVersion: (name: string, version: string) => `/crates/${enc(name)}/${enc(version)}`,
  crateVersions: (name: string, query: { sort?: string | null; view?: 'timeline' | null } = {}) =>
    withQuery(`/crates/${enc(name)}/versions`, query),
  crateDependencies: (name: string, version?: string) =>
    version
      ? `/crates/${enc(name)}/${enc(version)}/dependencies`
      : `/crates/${enc(name)}/dependencies`,
  crateDependents: (
    name: string,
    query: { page?: number | null; kind?: string | null; optional?: string | null } = {},
  ) => withQuery(`/crates/${enc(name)}/reverse_dependencies`, query),
  crateFeatures: (
    name: string,
    version?: string,
    query: { features?: string | null; default?: string | null } = {},
  ) =>
    // Commas stay readable in shared links: ?features=net,rt
    withQuery(
      version ? `/crates/${enc(name)}/${enc(version)}/features` : `/crates/${enc(name)}/features`,
      query,
    ).replaceAll('%2C', ','),
  /** Two versions side by side; `from` may be "previous" (resolved by the page's loader). */
  crateCompare: (name: string, from: string, to: string) =>
    `/crates/${enc(name)}/compare/${enc(from)}/${enc(to)}`,
  /** The source browser: `path` is a file or folder inside the crate, kept readable (`src/lib.rs`). */
  crateCode: (name: string, version?: string, path = '') =>
    `/crates/${enc(name)}${version ? `/${enc(version)}` : ''}/code${path ? `/${path.split('/').map(enc).join('/')}` : ''}`,
  crateSecurity: (name: string) => `/crates/${enc(name)}/security`,
  crateRange: (name: string, range: string) => `/crates/${enc(name)}/range/${enc(range)}`,
  crateSettings: (name: string) => `/crates/${enc(name)}/settings`,
  crateNewTrustedPublisher: (name: string) => `/crates/${enc(name)}/settings/new-trusted-publisher`,
  crateDelete: (name: string) => `/crates/${enc(name)}/delete`,
  crateRebuildDocs: (name: string, version: string) =>
    `/crates/${enc(name)}/${enc(version)}/rebuild-docs`,
  /** `/compare?crates=serde,tokio`: commas kept readable, names encoded. */
  compare: (names: readonly string[]) =>
    names.length > 0 ? `/compare?crates=${names.map(enc).join(',')}` : '/compare',
  categories: (query: { sort?: string | null } = {}) => withQuery('/categories', query),
  /** Subcategory slugs keep their colons, as on crates.io: /categories/a::b */
  category: (slug: string, query: ListQuery = {}) =>
    withQuery(`/categories/${enc(slug).replaceAll('%3A', ':')}`, query),
  categorySlugs: () => '/category_slugs',
  keywords: (query: ListQuery = {}) => withQuery('/keywords', query),
  keyword: (keyword: string, query: ListQuery = {}) =>
    withQuery(`/keywords/${enc(keyword)}`, query),
  user: (login: string, query: ListQuery = {}) => withQuery(`/users/${enc(login)}`, query),
  /** Team logins keep their colons, as on crates.io: /teams/github:org:team */
  team: (login: string, query: ListQuery = {}) =>
    withQuery(`/teams/${enc(login).replaceAll('%3A', ':')}`, query),
  /** Crates side by side (`/compare`). */
  compareCrates: () => '/compare',
  dashboard: () => '/dashboard',
  following: (query: ListQuery = {}) => withQuery('/me/following', query),
  pendingInvites: () => '/me/pending-invites',
  profileSettings: () => '/settings/profile',
  tokens: () => '/settings/tokens',
  securitySettings: (hash?: string) => (hash ? `/settings/security#${hash}` : '/settings/security'),
  newToken: (from?: number) => withQuery('/settings/tokens/new', { from }),
  loginCallback: () => '/github-redirect.html',
  policies: () => '/policies',
  securityPolicy: () => '/policies/security',
  dataAccess: () => '/data-access',
  rateLimits: () => '/docs/rate-limits',
  trustedPublishingDocs: () => '/docs/trusted-publishing',
  /** `/support`, or one inquiry's form, e.g. a crate report pre-filled with the crate. */
  support: (query: { inquire?: 'crate-violation'; crate?: string } = {}) =>
    withQuery('/support', query),
  /** The Cargo installation guide (where crates.io's `/install` goes). */
  installCargo: () => 'https://doc.rust-lang.org/cargo/getting-started/installation.html',
  rustsecAdvisory: (id: string) => `https://rustsec.org/advisories/${enc(id)}.html`,
  cve: (id: string) => `https://nvd.nist.gov/vuln/detail/${enc(id)}`,
  ghsa: (id: string) => `https://github.com/advisories/${enc(id)}`,
  /** FIRST's calculator, opened on a CVSS vector (`CVSS:3.1/AV:N/…`). */
  cvssCalculator: (vector: string) => {
    const version = /^CVSS:(\d\.\d)\//.exec(vector)?.[1] ?? '3.1';
    return `https://www.first.org/cvss/calculator/${version}#${vector}`;
  },
  /** The Rust Playground with a program that uses the crate (its Playground id). */
  playground: (crateId: string) =>
    `https://play.rust-lang.org/?edition=2021&code=${enc(`use ${crateId};\n\nfn main() {\n    // try using the \`${crateId}\` crate here\n}`)}`,
  /** docs.rs for a crate version. */
  docsRs: (name: string, version?: string) =>
    `https://docs.rs/${enc(name)}/${version ? enc(version) : 'latest'}`,
};
