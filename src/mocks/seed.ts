// Builds the default registry from the hand-written catalog: versions spread
// over each crate's life, dependencies, downloads, owners, and the demo user's
// tokens, invitations, follows and trusted-publishing configs.
import { inc, parse } from 'semver';
import type { EndpointScope } from '@/api/types';
import { seedArchives } from './archives';
import { Db, type VersionRow } from './db';
import { versionDailyDownloads } from './downloads';
import { crates as catalogCrates, categories, teams, users } from './fixtures/catalog';
import type { CatalogCrate } from './fixtures/catalog-types';
import { adminLogins, extraCrates } from './fixtures/extras';
import { applyInsightFixture } from './fixtures/insight';
import { readmeFor } from './fixtures/readmes';
import { seedSecurityConsole } from './fixtures/security-console';
import { sourceArchives } from './fixtures/source-archives';
import { teamMembers } from './fixtures/team-members';
import { applyVersionHistory } from './fixtures/version-history';
import { createRandom, hash, hexOf, type Random } from './random';

const DAY = 86_400_000;
export const DEMO_LOGIN = 'ferris-demo';

const YANK_MESSAGES = [
  'Security vulnerability (RUSTSEC-2024-0001); upgrade to the next patch release.',
  'Accidentally published with a broken build script.',
  'Breaking change released as a patch; use the next minor release instead.',
  'Published from the wrong branch.',
  null,
];

const iso = (ms: number) => new Date(ms).toISOString();

/** `count` version numbers ascending, ending at `latest`, walking down patch/minor/major. */
export function versionNumbers(latest: string, count: number, random: Random): string[] {
  const top = parse(latest);
  if (!top) throw new Error(`seed: invalid version ${latest}`);
  let { major, minor, patch } = top;
  const out: string[] = [`${major}.${minor}.${patch}`];
  while (out.length < count) {
    if (patch > 0) patch -= 1;
    else if (minor > 0) {
      minor -= 1;
      patch = random.int(0, minor > 50 ? 2 : 6);
    } else if (major > 0) {
      major -= 1;
      minor = random.int(1, 9);
      patch = random.int(0, 4);
    } else break;
    out.push(`${major}.${minor}.${patch}`);
  }
  return out.reverse();
}

function avatarFor(login: string) {
  // Same-origin SVG avatars: no network needed, no third-party requests.
  return `/mock-avatars/${encodeURIComponent(login)}.svg`;
}

export function seedRegistry(now: Date, seed = 20_171_120): Db {
  const db = new Db(now);
  const random = createRandom(seed);
  const nowMs = now.getTime();

  for (const u of users) {
    const id = db.nextId('user');
    db.users.push({
      id,
      login: u.login,
      name: u.name,
      avatar: avatarFor(u.login),
      email: u.email ?? `${u.login}@users.example`,
      email_verified: true,
      email_verification_sent: true,
      publish_notifications: true,
      is_admin: false,
      created_at: iso(nowMs - random.int(400, 3800) * DAY),
    });
  }
  for (const t of teams) {
    db.teams.push({
      id: db.nextId('team'),
      login: t.login,
      name: t.name,
      avatar: avatarFor(t.login),
    });
  }
  for (const [login, members] of Object.entries(teamMembers)) {
    const team = db.teamByLogin(login);
    const ids = members.map((m) => db.userByLogin(m)?.id);
    if (!team || ids.includes(undefined)) throw new Error(`seed: bad team members of ${login}`);
    db.teamMembers.set(team.id, new Set(ids as number[]));
  }
  for (const c of categories) {
    const created = iso(nowMs - 3000 * DAY);
    db.categories.push({ ...pickCategory(c), created_at: created, parent: null });
    for (const child of c.children ?? []) {
      db.categories.push({ ...pickCategory(child), created_at: created, parent: c.slug });
    }
  }

  for (const entry of catalogCrates) seedCrate(db, entry, random);
  applyVersionHistory(db);
  seedDemoUser(db, random);
  seedArchives(db, sourceArchives);
  seedExtras(db);
  applyInsightFixture(db);
  return db;
}

/** Issue 12's additions (fixtures/extras.ts), each from its own random stream. */
function seedExtras(db: Db) {
  for (const admin of adminLogins) {
    db.users.push({
      id: db.nextId('user'),
      ...admin,
      avatar: avatarFor(admin.login),
      email: `${admin.login}@users.example`,
      email_verified: true,
      email_verification_sent: true,
      publish_notifications: true,
      is_admin: true,
      created_at: iso(db.now.getTime() - 2000 * DAY),
    });
  }
  for (const entry of extraCrates) seedCrate(db, entry, createRandom(hash(entry.name)));
}

function pickCategory(c: { slug: string; category: string; description: string }) {
  return { slug: c.slug, category: c.category, description: c.description };
}

function seedCrate(db: Db, entry: CatalogCrate, random: Random) {
  const nowMs = db.now.getTime();
  const crateId = db.nextId('crate');
  const createdMs = nowMs - entry.ageDays * DAY;
  for (const keyword of entry.keywords) {
    if (!db.keywords.some((k) => k.keyword === keyword)) {
      db.keywords.push({ keyword, created_at: iso(createdMs) });
    }
  }

  const stable = versionNumbers(entry.latest, entry.versions, random);
  const nums = [...stable];
  if (entry.prereleases) {
    const next = inc(entry.latest, 'major') ?? entry.latest;
    nums.push(`${next}-alpha.1`, `${next}-alpha.2`, `${next}-beta.1`);
  }
  // Versions spread over the crate's life; the last one a few days to weeks ago.
  const lastMs = nowMs - random.int(1, Math.min(45, Math.max(1, entry.ageDays - 1))) * DAY;
  const span = Math.max(lastMs - createdMs, DAY);
  const ownerUsers = entry.owners
    .map((login) => db.userByLogin(login))
    .filter((u) => u !== undefined);
  const yankCount = Math.min(entry.yanked ?? 0, nums.length);
  const yankedIdx = new Set<number>();
  if (yankCount >= nums.length) {
    for (let i = 0; i < nums.length; i++) yankedIdx.add(i);
  } else {
    // Never yank the newest stable release, so the default version stays put.
    while (yankedIdx.size < yankCount) {
      const i = random.int(0, Math.max(0, stable.length - 2));
      yankedIdx.add(i);
    }
  }
  const readme = entry.readme === undefined ? readmeFor(entry) : entry.readme;
  const ghRepo = /^https:\/\/github\.com\/([^/]+\/[^/.]+)/.exec(entry.repository ?? '')?.[1];

  const versions: VersionRow[] = nums.map((num, i) => {
    const t = nums.length === 1 ? lastMs : createdMs + Math.round((span * i) / (nums.length - 1));
    const createdAt = iso(Math.min(t, nowMs - 3_600_000));
    const yanked = yankedIdx.has(i);
    const recent = i >= nums.length - 3;
    const code =
      200 + Math.round(entry.popularity * 180 * (0.5 + i / nums.length)) + random.int(0, 300);
    const version: VersionRow = {
      id: db.nextId('version'),
      crate_id: crateId,
      num,
      created_at: createdAt,
      updated_at: createdAt,
      yanked,
      yank_message: yanked ? random.pick(YANK_MESSAGES) : null,
      license: entry.license,
      crate_size: 1_500 + code * random.int(2, 5),
      rust_version: recent || random.chance(0.5) ? (entry.rust_version ?? null) : null,
      edition: entry.edition ?? '2021',
      features: entry.features ?? {},
      has_lib: true,
      bin_names: entry.bin_names ?? [],
      lib_links:
        entry.dependencies?.some((d) => d.kind === 'build') && entry.name.endsWith('-sys')
          ? entry.name.replace(/-sys$/, '')
          : null,
      published_by: ownerUsers.length > 0 ? (random.pick(ownerUsers)?.id ?? null) : null,
      // The newest release of a few crates has not been analysed yet.
      linecounts:
        i === nums.length - 1 && entry.popularity % 7 === 0
          ? null
          : {
              languages: {
                Rust: {
                  code_lines: code,
                  comment_lines: Math.round(code / 5),
                  files: 3 + (code >> 9),
                },
                TOML: { code_lines: 20 + random.int(0, 40), comment_lines: 2, files: 1 },
              },
              total_code_lines: code + 40,
              total_comment_lines: Math.round(code / 5) + 2,
            },
      downloads: 0,
      readme,
      trustpub:
        ghRepo && recent && entry.popularity % 3 === 0
          ? {
              provider: 'github',
              repository: ghRepo,
              run_id: String(9_000_000_000 + i),
              sha: hexOf(num, 40),
            }
          : null,
    };
    return version;
  });
  db.versions.push(...versions);

  for (const version of versions) {
    for (const dep of entry.dependencies ?? []) {
      db.dependencies.push({
        id: db.nextId('dependency'),
        version_id: version.id,
        crate_name: dep.name,
        req: dep.req,
        optional: dep.optional ?? false,
        default_features: dep.default_features ?? true,
        features: dep.features ?? [],
        target: dep.target ?? null,
        kind: dep.kind ?? 'normal',
      });
    }
  }

  // Downloads: the 90-day window from the model, plus older history by age.
  const daily = versionDailyDownloads(db.now, crateId, entry.popularity, versions);
  for (const version of versions) {
    const series = daily.get(version.id);
    if (series) db.daily.set(version.id, series);
    const recent = series?.reduce((a, b) => a + b, 0) ?? 0;
    const ageDays = (nowMs - Date.parse(version.created_at)) / DAY;
    const older = Math.round(
      Math.max(0, ageDays - 90) * entry.popularity ** 1.6 * random.int(2, 9),
    );
    version.downloads = recent + older;
  }

  const newest = versions.reduce((a, b) => (a.created_at > b.created_at ? a : b));
  // A crate exists from its first release (for a single version, that is its only one).
  const oldest = versions.reduce((a, b) => (a.created_at < b.created_at ? a : b));
  db.crates.push({
    id: crateId,
    name: entry.name,
    description: entry.description,
    homepage: entry.homepage ?? null,
    documentation: entry.documentation ?? null,
    repository: entry.repository,
    created_at: oldest.created_at,
    updated_at: newest.created_at,
    keywords: entry.keywords,
    categories: entry.categories,
    trustpub_only: false,
  });
  for (const login of entry.owners) {
    const team = db.teamByLogin(login);
    const user = db.userByLogin(login);
    if (team) db.addOwner(crateId, { kind: 'team', id: team.id });
    else if (user) db.addOwner(crateId, { kind: 'user', id: user.id });
    else throw new Error(`seed: unknown owner ${login} of ${entry.name}`);
  }
}

function seedDemoUser(db: Db, random: Random) {
  const demo = db.userByLogin(DEMO_LOGIN);
  if (!demo) throw new Error('seed: the catalog has no demo user');
  const nowMs = db.now.getTime();
  const others = db.users.filter((u) => u.id !== demo.id);

  const token = (
    name: string,
    createdDaysAgo: number,
    extra: {
      last_used_days_ago?: number;
      expires_in_days?: number;
      crate_scopes?: string[];
      endpoint_scopes?: EndpointScope[] | null;
    },
  ) => {
    db.tokens.push({
      id: db.nextId('token'),
      user_id: demo.id,
      name,
      token: `cio${hexOf(name, 29)}`,
      created_at: iso(nowMs - createdDaysAgo * DAY),
      last_used_at:
        extra.last_used_days_ago === undefined ? null : iso(nowMs - extra.last_used_days_ago * DAY),
      expired_at:
        extra.expires_in_days === undefined ? null : iso(nowMs + extra.expires_in_days * DAY),
      crate_scopes: extra.crate_scopes ?? null,
      endpoint_scopes: extra.endpoint_scopes === undefined ? null : extra.endpoint_scopes,
    });
  };
  token('laptop (legacy, full access)', 700, { last_used_days_ago: 3 });
  token('CI publish', 120, {
    last_used_days_ago: 1,
    expires_in_days: 29,
    endpoint_scopes: ['publish-update', 'yank'],
    crate_scopes: ['ferris-says', 'crab-*'],
  });
  token('new crates only', 40, { endpoint_scopes: ['publish-new'], expires_in_days: 320 });
  token('old release bot', 200, {
    last_used_days_ago: 30,
    expires_in_days: -10,
    endpoint_scopes: ['publish-update'],
  });
  token('never used', 2, { endpoint_scopes: ['change-owners'], expires_in_days: 88 });

  // Invitations from other owners to the demo user; the last one has expired.
  const invitable = db.crates.filter((c) => !db.isUserOwner(c.id, demo.id)).slice(-40);
  const inviteCrates = [invitable[3], invitable[11], invitable[25]].filter((c) => c !== undefined);
  inviteCrates.forEach((crate, i) => {
    const owner = db.ownersOf(crate.id).find((o) => o.kind === 'user');
    const inviter = owner ? db.userById(owner.id) : random.pick(others);
    const createdMs = nowMs - (i === 2 ? 40 : i + 1) * DAY;
    db.invitations.push({
      crate_id: crate.id,
      invitee_id: demo.id,
      inviter_id: inviter?.id ?? random.pick(others).id,
      created_at: iso(createdMs),
      expires_at: iso(createdMs + 30 * DAY),
      token: `invite-${hexOf(crate.name, 16)}`,
    });
  });

  // Follows: popular crates with recent releases, for the dashboard feed.
  const followed = db.followedBy(demo.id);
  for (const name of ['serde', 'tokio', 'clap', 'rand', 'regex', 'anyhow', 'reqwest', 'axum']) {
    const crate = db.crateByName(name);
    if (crate) followed.add(crate.id);
  }

  // Trusted publishing on the demo user's first crate.
  const own = db.crates.filter((c) => db.isUserOwner(c.id, demo.id));
  const first = own[0];
  if (first) {
    db.githubConfigs.push({
      id: db.nextId('github-config'),
      crate_id: first.id,
      repository_owner: 'ferris-demo',
      repository_owner_id: 4_242_424,
      repository_name: first.name,
      workflow_filename: 'release.yml',
      environment: 'release',
      created_at: iso(nowMs - 20 * DAY),
    });
    db.gitlabConfigs.push({
      id: db.nextId('gitlab-config'),
      crate_id: first.id,
      namespace: 'ferris-demo',
      namespace_id: null,
      project: first.name,
      workflow_filepath: '.gitlab-ci.yml',
      environment: null,
      created_at: iso(nowMs - 10 * DAY),
    });
  }
  seedSecurityConsole(db, demo.id);
}
