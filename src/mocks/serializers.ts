// Records -> API shapes, typed against the generated schema.
import type {
  ApiToken,
  AuthenticatedUser,
  Category,
  Crate,
  CrateOwnerInvitation,
  Dependency,
  GitHubConfig,
  GitLabConfig,
  Keyword,
  Owner,
  Team,
  User,
  Version,
} from '@/api/types';
import type {
  ApiTokenRow,
  CategoryRow,
  CrateRow,
  Db,
  DependencyRow,
  GitHubConfigRow,
  GitLabConfigRow,
  InvitationRow,
  TeamRow,
  UserRow,
  VersionRow,
} from './db';
import { hexOf } from './random';
import { defaultVersion, maxStableVersion, maxVersion, newestVersion } from './versions';

const githubUrl = (login: string) => `https://github.com/${login}`;

export function serializeUser(user: UserRow): User {
  return {
    id: user.id,
    login: user.login,
    name: user.name,
    avatar: user.avatar,
    url: githubUrl(user.login),
  };
}

export function serializeAuthenticatedUser(user: UserRow): AuthenticatedUser {
  return {
    ...serializeUser(user),
    email: user.email,
    email_verified: user.email_verified,
    email_verification_sent: user.email_verification_sent,
    is_admin: user.is_admin,
    publish_notifications: user.publish_notifications,
  };
}

export function serializeTeam(team: TeamRow): Team {
  const [, org] = team.login.split(':');
  return {
    id: team.id,
    login: team.login,
    name: team.name,
    avatar: team.avatar,
    url: githubUrl(org ?? ''),
  };
}

export function serializeOwner(db: Db, ref: { kind: 'user' | 'team'; id: number }): Owner | null {
  if (ref.kind === 'user') {
    const user = db.userById(ref.id);
    return user ? { ...serializeUser(user), kind: 'user' } : null;
  }
  const team = db.teams.find((t) => t.id === ref.id);
  return team ? { ...serializeTeam(team), kind: 'team' } : null;
}

/** Downloads in the last 90 days, summed over a crate's versions. */
export function recentDownloads(db: Db, crateId: number): number {
  let total = 0;
  for (const v of db.versionsOf(crateId)) {
    const series = db.daily.get(v.id);
    if (series) for (const n of series) total += n;
  }
  return total;
}

export function serializeCrate(
  db: Db,
  crate: CrateRow,
  options: { exactMatch?: boolean; full?: boolean } = {},
): Crate {
  const versions = db.versionsOf(crate.id);
  const name = encodeURIComponent(crate.name);
  return {
    id: crate.name,
    name: crate.name,
    description: crate.description,
    homepage: crate.homepage,
    documentation: crate.documentation,
    repository: crate.repository,
    created_at: crate.created_at,
    updated_at: crate.updated_at,
    badges: [],
    categories: options.full ? crate.categories : null,
    keywords: options.full ? crate.keywords : null,
    downloads: versions.reduce((sum, v) => sum + v.downloads, 0),
    recent_downloads: recentDownloads(db, crate.id),
    num_versions: versions.length,
    yanked: versions.every((v) => v.yanked),
    default_version: defaultVersion(versions)?.num ?? null,
    max_version: maxVersion(versions)?.num ?? '0.0.0',
    max_stable_version: maxStableVersion(versions)?.num ?? null,
    newest_version: newestVersion(versions)?.num ?? '0.0.0',
    exact_match: options.exactMatch ?? false,
    trustpub_only: crate.trustpub_only,
    versions: options.full ? versions.map((v) => v.id) : null,
    links: {
      owner_team: `/api/v1/crates/${name}/owner_team`,
      owner_user: `/api/v1/crates/${name}/owner_user`,
      owners: `/api/v1/crates/${name}/owners`,
      reverse_dependencies: `/api/v1/crates/${name}/reverse_dependencies`,
      version_downloads: `/api/v1/crates/${name}/downloads`,
      versions: null,
    },
  };
}

export function serializeVersion(db: Db, version: VersionRow): Version {
  const crate = db.crateById(version.crate_id);
  const crateName = crate?.name ?? '';
  const base = `/api/v1/crates/${encodeURIComponent(crateName)}/${encodeURIComponent(version.num)}`;
  const publisher = version.published_by === null ? null : db.userById(version.published_by);
  return {
    id: version.id,
    crate: crateName,
    num: version.num,
    dl_path: `${base}/download`,
    readme_path: `${base}/readme`,
    created_at: version.created_at,
    updated_at: version.updated_at,
    downloads: version.downloads,
    features: version.features,
    yanked: version.yanked,
    yank_message: version.yank_message,
    license: version.license,
    crate_size: version.crate_size,
    rust_version: version.rust_version,
    edition: version.edition,
    has_lib: version.has_lib,
    bin_names: version.bin_names,
    lib_links: version.lib_links,
    checksum: hexOf(`${crateName}@${version.num}`, 64),
    linecounts: version.linecounts,
    description: crate?.description ?? null,
    homepage: crate?.homepage ?? null,
    documentation: crate?.documentation ?? null,
    repository: crate?.repository ?? null,
    published_by: publisher ? serializeUser(publisher) : null,
    audit_actions: publisher
      ? [{ action: 'publish', user: serializeUser(publisher), time: version.created_at }]
      : [],
    trustpub_data: version.trustpub,
    links: {
      authors: `${base}/authors`,
      dependencies: `${base}/dependencies`,
      version_downloads: `${base}/downloads`,
    },
  };
}

export function serializeDependency(db: Db, dep: DependencyRow): Dependency {
  const target = db.crateByName(dep.crate_name);
  return {
    id: dep.id,
    version_id: dep.version_id,
    crate_id: dep.crate_name,
    req: dep.req,
    optional: dep.optional,
    default_features: dep.default_features,
    features: dep.features,
    target: dep.target,
    kind: dep.kind,
    downloads: target ? db.versionsOf(target.id).reduce((sum, v) => sum + v.downloads, 0) : 0,
  };
}

export function crateCountIn(db: Db, slug: string): number {
  return db.crates.filter((c) => c.categories.some((s) => s === slug || s.startsWith(`${slug}::`)))
    .length;
}

export function serializeCategory(
  db: Db,
  row: CategoryRow,
  options: { relations?: boolean } = {},
): Category {
  const base: Category = {
    id: row.slug,
    slug: row.slug,
    category: row.parent ? `${parentName(db, row)}::${row.category}` : row.category,
    description: row.description,
    created_at: row.created_at,
    crates_cnt: crateCountIn(db, row.slug),
  };
  if (!options.relations) return base;
  const parent = row.parent ? db.categories.find((c) => c.slug === row.parent) : undefined;
  return {
    ...base,
    parent_categories: parent ? [serializeCategory(db, parent)] : [],
    subcategories: db.categories
      .filter((c) => c.parent === row.slug)
      .map((c) => serializeCategory(db, c)),
  };
}

function parentName(db: Db, row: CategoryRow): string {
  return db.categories.find((c) => c.slug === row.parent)?.category ?? '';
}

export function serializeKeyword(db: Db, keyword: string, createdAt: string): Keyword {
  return {
    id: keyword,
    keyword,
    created_at: createdAt,
    crates_cnt: db.crates.filter((c) => c.keywords.includes(keyword)).length,
  };
}

export function serializeToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    created_at: row.created_at,
    last_used_at: row.last_used_at,
    expired_at: row.expired_at,
    crate_scopes: row.crate_scopes,
    endpoint_scopes: row.endpoint_scopes,
  };
}

export function serializeInvitation(db: Db, row: InvitationRow): CrateOwnerInvitation {
  return {
    crate_id: row.crate_id,
    crate_name: db.crateById(row.crate_id)?.name ?? '',
    invitee_id: row.invitee_id,
    inviter_id: row.inviter_id,
    created_at: row.created_at,
    expires_at: row.expires_at,
  };
}

export function serializeGitHubConfig(db: Db, row: GitHubConfigRow): GitHubConfig {
  return {
    id: row.id,
    crate: db.crateById(row.crate_id)?.name ?? '',
    repository_owner: row.repository_owner,
    repository_owner_id: row.repository_owner_id,
    repository_name: row.repository_name,
    workflow_filename: row.workflow_filename,
    environment: row.environment,
    created_at: row.created_at,
  };
}

export function serializeGitLabConfig(db: Db, row: GitLabConfigRow): GitLabConfig {
  return {
    id: row.id,
    crate: db.crateById(row.crate_id)?.name ?? '',
    namespace: row.namespace,
    namespace_id: row.namespace_id,
    project: row.project,
    workflow_filepath: row.workflow_filepath,
    environment: row.environment,
    created_at: row.created_at,
  };
}
