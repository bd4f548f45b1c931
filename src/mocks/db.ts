// The mock registry's in-memory database: plain records and a few indexes.
// Handlers read and change it; serializers turn records into API shapes.

import type { EndpointScope, Features } from '@/api/types';
import type { SourceArchiveRow } from './archives';

export type UserRow = {
  id: number;
  login: string;
  name: string | null;
  avatar: string | null;
  email: string | null;
  email_verified: boolean;
  email_verification_sent: boolean;
  publish_notifications: boolean;
  is_admin: boolean;
  created_at: string;
};

export type TeamRow = { id: number; login: string; name: string | null; avatar: string | null };

export type CategoryRow = {
  slug: string;
  category: string;
  description: string;
  created_at: string;
  parent: string | null;
};

export type KeywordRow = { keyword: string; created_at: string };

export type CrateRow = {
  id: number;
  name: string;
  description: string | null;
  homepage: string | null;
  documentation: string | null;
  repository: string | null;
  created_at: string;
  updated_at: string;
  keywords: string[];
  categories: string[];
  trustpub_only: boolean;
};

export type VersionRow = {
  id: number;
  crate_id: number;
  num: string;
  created_at: string;
  updated_at: string;
  yanked: boolean;
  yank_message: string | null;
  license: string | null;
  crate_size: number;
  rust_version: string | null;
  edition: string | null;
  features: Features;
  has_lib: boolean;
  bin_names: string[];
  lib_links: string | null;
  published_by: number | null;
  linecounts: {
    languages: Record<string, { code_lines: number; comment_lines: number; files: number }>;
    total_code_lines: number;
    total_comment_lines: number;
  } | null;
  downloads: number;
  readme: string | null;
  trustpub:
    | { provider: 'github'; repository: string; run_id: string; sha: string }
    | { provider: 'gitlab'; project_path: string; job_id: string; sha: string }
    | null;
};

export type DependencyRow = {
  id: number;
  version_id: number;
  /** Name of the crate depended on. */
  crate_name: string;
  req: string;
  optional: boolean;
  default_features: boolean;
  features: string[];
  target: string | null;
  kind: 'normal' | 'dev' | 'build';
};

export type OwnerRef = { kind: 'user' | 'team'; id: number };

export type InvitationRow = {
  crate_id: number;
  invitee_id: number;
  inviter_id: number;
  created_at: string;
  expires_at: string;
  token: string;
};

export type ApiTokenRow = {
  id: number;
  user_id: number;
  name: string;
  token: string;
  created_at: string;
  last_used_at: string | null;
  expired_at: string | null;
  crate_scopes: string[] | null;
  endpoint_scopes: EndpointScope[] | null;
};

export type GitHubConfigRow = {
  id: number;
  crate_id: number;
  repository_owner: string;
  repository_owner_id: number;
  repository_name: string;
  workflow_filename: string;
  environment: string | null;
  created_at: string;
};

export type GitLabConfigRow = {
  id: number;
  crate_id: number;
  namespace: string;
  namespace_id: string | null;
  project: string;
  workflow_filepath: string;
  environment: string | null;
  created_at: string;
};

export type SiteRow = { read_only: boolean; banner_message: string | null };

/** An OAuth `state` handed out by `begin` and not yet used. */
export type PendingLogin = { state: string; user_id: number };

export class Db {
  /** The instant the seed was built around (fixed in tests). */
  readonly now: Date;
  /** The registry's clock for new records and expiry checks; `now` unless replaced. */
  clock: () => Date = () => this.now;
  users: UserRow[] = [];
  teams: TeamRow[] = [];
  categories: CategoryRow[] = [];
  keywords: KeywordRow[] = [];
  crates: CrateRow[] = [];
  versions: VersionRow[] = [];
  dependencies: DependencyRow[] = [];
  /** crate id -> owners, in the order they were added. */
  owners = new Map<number, OwnerRef[]>();
  invitations: InvitationRow[] = [];
  tokens: ApiTokenRow[] = [];
  githubConfigs: GitHubConfigRow[] = [];
  gitlabConfigs: GitLabConfigRow[] = [];
  /** team id -> ids of the users in it (crates.io asks GitHub). */
  teamMembers = new Map<number, Set<number>>();
  /** user id -> followed crate ids */
  follows = new Map<number, Set<number>>();
  site: SiteRow = { read_only: false, banner_message: null };
  /** The one browser session the mock serves: the logged-in user's id. */
  sessionUserId: number | null = null;
  pendingLogins: PendingLogin[] = [];
  /** version id -> downloads per day over the 90-day window (absent: none). */
  daily = new Map<number, number[]>();
  /** Users whose email confirmation token is pending: token -> user id. */
  emailTokens = new Map<string, number>();
  /** `crate@version` -> the version's source archive (see archives.ts); absent: none built. */
  archives = new Map<string, SourceArchiveRow>();

  private counters = new Map<string, number>();

  constructor(now: Date) {
    this.now = now;
  }

  nextId(table: string): number {
    const next = (this.counters.get(table) ?? 0) + 1;
    this.counters.set(table, next);
    return next;
  }

  nowIso(): string {
    return this.clock().toISOString();
  }

  // --- lookups -------------------------------------------------------------

  crateByName(name: string): CrateRow | undefined {
    const key = canonical(name);
    return this.crates.find((c) => canonical(c.name) === key);
  }
  crateById(id: number): CrateRow | undefined {
    return this.crates.find((c) => c.id === id);
  }
  versionsOf(crateId: number): VersionRow[] {
    return this.versions.filter((v) => v.crate_id === crateId);
  }
  version(crateId: number, num: string): VersionRow | undefined {
    return this.versions.find((v) => v.crate_id === crateId && v.num === num);
  }
  userById(id: number): UserRow | undefined {
    return this.users.find((u) => u.id === id);
  }
  userByLogin(login: string): UserRow | undefined {
    const key = login.toLowerCase();
    return this.users.find((u) => u.login.toLowerCase() === key);
  }
  teamByLogin(login: string): TeamRow | undefined {
    const key = login.toLowerCase();
    return this.teams.find((t) => t.login.toLowerCase() === key);
  }
  ownersOf(crateId: number): OwnerRef[] {
    return this.owners.get(crateId) ?? [];
  }
  isUserOwner(crateId: number, userId: number): boolean {
    return this.ownersOf(crateId).some((o) => o.kind === 'user' && o.id === userId);
  }
  cratesOwnedBy(ref: OwnerRef): CrateRow[] {
    return this.crates.filter((c) =>
      this.ownersOf(c.id).some((o) => o.kind === ref.kind && o.id === ref.id),
    );
  }
  followedBy(userId: number): Set<number> {
    let set = this.follows.get(userId);
    if (!set) {
      set = new Set();
      this.follows.set(userId, set);
    }
    return set;
  }
  sessionUser(): UserRow | undefined {
    return this.sessionUserId === null ? undefined : this.userById(this.sessionUserId);
  }

  // --- changes that keep indexes consistent ------------------------------

  addOwner(crateId: number, ref: OwnerRef) {
    const list = this.ownersOf(crateId).filter((o) => !(o.kind === ref.kind && o.id === ref.id));
    this.owners.set(crateId, [...list, ref]);
  }
  removeOwner(crateId: number, ref: OwnerRef) {
    this.owners.set(
      crateId,
      this.ownersOf(crateId).filter((o) => !(o.kind === ref.kind && o.id === ref.id)),
    );
  }
  deleteCrate(crateId: number) {
    const versionIds = new Set(this.versionsOf(crateId).map((v) => v.id));
    this.crates = this.crates.filter((c) => c.id !== crateId);
    this.versions = this.versions.filter((v) => v.crate_id !== crateId);
    this.dependencies = this.dependencies.filter((d) => !versionIds.has(d.version_id));
    this.owners.delete(crateId);
    this.invitations = this.invitations.filter((i) => i.crate_id !== crateId);
    this.githubConfigs = this.githubConfigs.filter((c) => c.crate_id !== crateId);
    this.gitlabConfigs = this.gitlabConfigs.filter((c) => c.crate_id !== crateId);
    for (const set of this.follows.values()) set.delete(crateId);
  }
}

/** crates.io treats names differing only in case or `-`/`_` as the same crate. */
export function canonical(name: string): string {
  return name.toLowerCase().replaceAll('_', '-');
}
