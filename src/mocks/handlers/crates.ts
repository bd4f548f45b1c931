import { HttpResponse } from 'msw';
import { deletionBlockers } from '@/lib/crate-deletion';
import type { CrateRow, Db } from '../db';
import { canonical } from '../db';
import { DOWNLOAD_DAYS, windowDates } from '../downloads';
import {
  recentDownloads,
  serializeCategory,
  serializeCrate,
  serializeKeyword,
  serializeVersion,
} from '../serializers';
import { defaultVersion } from '../versions';
import { apiError, http, operation, paginate, type Registry, requireUser } from './context';

export function findCrateOr404(db: Db, name: string): CrateRow {
  const crate = db.crateByName(name);
  if (!crate) throw apiError(404, `crate \`${name}\` does not exist`);
  return crate;
}

export function requireOwner(db: Db, name: string) {
  const user = requireUser(db);
  const crate = findCrateOr404(db, name);
  if (!db.isUserOwner(crate.id, user.id)) {
    throw apiError(
      403,
      "this crate exists but you don't seem to be an owner. If you believe this is a mistake, perhaps you need to accept an invitation to be an owner before publishing.",
    );
  }
  return { user, crate };
}

/** Yank, unyank and rebuild docs: crates.io lets its admins do these on any crate. */
export function requireOwnerOrAdmin(db: Db, name: string) {
  const user = requireUser(db);
  if (user.is_admin) return { user, crate: findCrateOr404(db, name) };
  return requireOwner(db, name);
}

function totalDownloads(db: Db, crate: CrateRow) {
  return db.versionsOf(crate.id).reduce((sum, v) => sum + v.downloads, 0);
}

/** How well a crate matches a search: higher is better, 0 is no match. */
function relevance(crate: CrateRow, terms: string[]): number {
  let score = 0;
  const name = canonical(crate.name);
  for (const term of terms) {
    const t = canonical(term);
    if (name === t) score += 100;
    else if (name.startsWith(t)) score += 20;
    else if (name.includes(t)) score += 10;
    else if (crate.keywords.some((k) => k === term.toLowerCase())) score += 8;
    else if (crate.description?.toLowerCase().includes(term.toLowerCase())) score += 3;
    else return 0;
  }
  return score;
}

function listCrates(db: Db, url: URL) {
  const q = url.searchParams;
  let crates = [...db.crates];
  const text = q.get('q')?.trim() ?? '';
  const terms = text.split(/\s+/).filter(Boolean);
  if (terms.length > 0) crates = crates.filter((c) => relevance(c, terms) > 0);

  const category = q.get('category');
  if (category) {
    crates = crates.filter((c) =>
      c.categories.some((s) => s === category || s.startsWith(`${category}::`)),
    );
  }
  const keyword = q.get('keyword');
  if (keyword) crates = crates.filter((c) => c.keywords.includes(keyword.toLowerCase()));
  const allKeywords = q.get('all_keywords')?.split(/\s+/).filter(Boolean) ?? [];
  if (allKeywords.length > 0) {
    crates = crates.filter((c) => allKeywords.every((k) => c.keywords.includes(k.toLowerCase())));
  }
  const letter = q.get('letter');
  if (letter) crates = crates.filter((c) => c.name.toLowerCase().startsWith(letter.toLowerCase()));
  const userId = q.get('user_id');
  if (userId) {
    crates = crates.filter((c) => db.isUserOwner(c.id, Number(userId)));
  }
  const teamId = q.get('team_id');
  if (teamId) {
    crates = crates.filter((c) =>
      db.ownersOf(c.id).some((o) => o.kind === 'team' && o.id === Number(teamId)),
    );
  }
  if (q.get('following') !== null) {
    const user = requireUser(db);
    const followed = db.followedBy(user.id);
    crates = crates.filter((c) => followed.has(c.id));
  }
  const ids = q.getAll('ids[]');
  if (ids.length > 0) {
    const wanted = new Set(ids.map(canonical));
    crates = crates.filter((c) => wanted.has(canonical(c.name)));
  }
  if (q.get('include_yanked') === 'no') {
    crates = crates.filter((c) => db.versionsOf(c.id).some((v) => !v.yanked));
  }

  // As the real API: relevance for searches, else alphabetical ("alpha" or "alphabetical").
  const sortParam = q.get('sort');
  const sort =
    sortParam === 'alphabetical'
      ? 'alpha'
      : (sortParam ?? (terms.length > 0 ? 'relevance' : 'alpha'));
  const cache = new Map<number, number>();
  const cached = (c: CrateRow, f: (c: CrateRow) => number) => {
    let value = cache.get(c.id);
    if (value === undefined) {
      value = f(c);
      cache.set(c.id, value);
    }
    return value;
  };
  const byName = (a: CrateRow, b: CrateRow) => a.name.localeCompare(b.name);
  const sorters: Record<string, (a: CrateRow, b: CrateRow) => number> = {
    alpha: byName,
    downloads: (a, b) =>
      cached(b, (c) => totalDownloads(db, c)) - cached(a, (c) => totalDownloads(db, c)) ||
      byName(a, b),
    'recent-downloads': (a, b) =>
      cached(b, (c) => recentDownloads(db, c.id)) - cached(a, (c) => recentDownloads(db, c.id)) ||
      byName(a, b),
    'recent-updates': (a, b) => b.updated_at.localeCompare(a.updated_at) || byName(a, b),
    new: (a, b) => b.created_at.localeCompare(a.created_at) || byName(a, b),
    relevance: (a, b) =>
      relevance(b, terms) - relevance(a, terms) ||
      cached(b, (c) => totalDownloads(db, c)) - cached(a, (c) => totalDownloads(db, c)) ||
      byName(a, b),
  };
  crates.sort(sorters[sort] ?? sorters.alpha);
  // An exact name match always comes first, whatever the sort.
  const exact = text && terms.length === 1 ? canonical(text) : null;
  if (exact) {
    const index = crates.findIndex((c) => canonical(c.name) === exact);
    if (index > 0) crates.unshift(...crates.splice(index, 1));
  }

  const page = paginate(crates, url, { defaultPerPage: 10 });
  return {
    crates: page.items.map((c) =>
      serializeCrate(db, c, { exactMatch: exact !== null && canonical(c.name) === exact }),
    ),
    meta: { total: page.total, next_page: page.next_page, prev_page: page.prev_page },
  };
}

export function crateHandlers(registry: Registry) {
  const db = () => registry.db;
  return [
    http.get(
      '/api/v1/crates',
      operation(registry, 'list_crates', {}, ({ request, response }) =>
        response(200).json(listCrates(db(), new URL(request.url))),
      ),
    ),
    // Literal paths before templated ones: /crates/new is not a crate called "new".
    http.get(
      '/api/v1/crates/new',
      operation(registry, 'find_new_crate', {}, () => {
        throw apiError(404, 'crate `new` does not exist');
      }),
    ),
    http.put(
      '/api/v1/crates/new',
      operation(registry, 'publish', { write: true }, () => {
        requireUser(db());
        throw apiError(
          400,
          'Publishing happens with `cargo publish`, not from the website. The mock registry does not accept uploads.',
        );
      }),
    ),
    http.get(
      '/api/v1/crates/{name}',
      operation(registry, 'find_crate', {}, ({ params, query, response }) => {
        const d = db();
        const crate = findCrateOr404(d, params.name);
        const include = new Set(
          (query.get('include') ?? 'full')
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        );
        const full = include.has('full');
        const versions = d.versionsOf(crate.id).sort((a, b) => b.id - a.id);
        const def = defaultVersion(versions);
        const wantVersions = full || include.has('versions');
        const wantDefault = include.has('default_version') && def;
        return response(200).json({
          crate: serializeCrate(d, crate, { full: true }),
          versions: wantVersions
            ? versions.map((v) => serializeVersion(d, v))
            : wantDefault
              ? [serializeVersion(d, def)]
              : null,
          keywords:
            full || include.has('keywords')
              ? crate.keywords.map((k) =>
                  serializeKeyword(
                    d,
                    k,
                    d.keywords.find((r) => r.keyword === k)?.created_at ?? crate.created_at,
                  ),
                )
              : null,
          categories:
            full || include.has('categories')
              ? d.categories
                  .filter((c) => crate.categories.includes(c.slug))
                  .map((c) => serializeCategory(d, c))
              : null,
        });
      }),
    ),
    http.delete(
      '/api/v1/crates/{name}',
      operation(registry, 'delete_crate', { write: true }, ({ params }) => {
        const d = db();
        const { crate } = requireOwner(d, params.name);
        const otherVersions = new Set(
          d.versions.filter((v) => v.crate_id !== crate.id).map((v) => v.id),
        );
        const dependents = d.dependencies.filter(
          (dep) =>
            canonical(dep.crate_name) === canonical(crate.name) &&
            otherVersions.has(dep.version_id),
        ).length;
        const [blocker] = deletionBlockers({
          createdAt: crate.created_at,
          now: d.clock(),
          owners: d.ownersOf(crate.id).length,
          downloads: totalDownloads(d, crate),
          dependents,
        });
        if (blocker) throw apiError(422, blocker);
        d.deleteCrate(crate.id);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    http.patch(
      '/api/v1/crates/{name}',
      operation(
        registry,
        'update_crate',
        { write: true },
        async ({ params, request, response }) => {
          const d = db();
          const { crate } = requireOwner(d, params.name);
          const body = (await request.json().catch(() => null)) as {
            crate?: { trustpub_only?: boolean | null };
          } | null;
          if (!body?.crate) throw apiError(400, 'invalid request body: missing field `crate`');
          if (typeof body.crate.trustpub_only === 'boolean')
            crate.trustpub_only = body.crate.trustpub_only;
          return response(200).json({ crate: serializeCrate(d, crate, { full: true }) });
        },
      ),
    ),
    http.get(
      '/api/v1/crates/{name}/downloads',
      operation(registry, 'get_crate_downloads', {}, ({ params, query, response }) => {
        const d = db();
        const crate = findCrateOr404(d, params.name);
        const dates = windowDates(d.now);
        // The newest five versions by number get their own series; the rest are summed.
        const versions = d.versionsOf(crate.id).sort((a, b) => b.id - a.id);
        const top = versions.slice(0, 5);
        const topIds = new Set(top.map((v) => v.id));
        const versionDownloads = top.flatMap((v) =>
          (d.daily.get(v.id) ?? []).flatMap((downloads, i) =>
            downloads > 0 ? [{ version: v.id, downloads, date: dates[i] ?? '' }] : [],
          ),
        );
        const extra = new Array<number>(DOWNLOAD_DAYS).fill(0);
        for (const v of versions) {
          if (topIds.has(v.id)) continue;
          d.daily.get(v.id)?.forEach((n, i) => {
            extra[i] = (extra[i] ?? 0) + n;
          });
        }
        const includeVersions = (query.get('include') ?? '').split(',').includes('versions');
        return response(200).json({
          version_downloads: versionDownloads,
          versions: includeVersions ? top.map((v) => serializeVersion(d, v)) : null,
          meta: {
            extra_downloads: extra.flatMap((downloads, i) =>
              downloads > 0 ? [{ date: dates[i] ?? '', downloads }] : [],
            ),
          },
        });
      }),
    ),
    http.put(
      '/api/v1/crates/{name}/follow',
      operation(registry, 'follow_crate', { write: true }, ({ params, response }) => {
        const d = db();
        const user = requireUser(d);
        d.followedBy(user.id).add(findCrateOr404(d, params.name).id);
        return response(200).json({ ok: true });
      }),
    ),
    http.delete(
      '/api/v1/crates/{name}/follow',
      operation(registry, 'unfollow_crate', { write: true }, ({ params, response }) => {
        const d = db();
        const user = requireUser(d);
        d.followedBy(user.id).delete(findCrateOr404(d, params.name).id);
        return response(200).json({ ok: true });
      }),
    ),
    http.get(
      '/api/v1/crates/{name}/following',
      operation(registry, 'get_following_crate', {}, ({ params, response }) => {
        const d = db();
        const user = requireUser(d);
        const crate = findCrateOr404(d, params.name);
        return response(200).json({ following: d.followedBy(user.id).has(crate.id) });
      }),
    ),
    http.get(
      '/api/v1/crates/{name}/reverse_dependencies',
      operation(registry, 'list_reverse_dependencies', {}, ({ params, request, response }) => {
        const d = db();
        const crate = findCrateOr404(d, params.name);
        const key = canonical(crate.name);
        // One row per dependent crate: the dependency declared by its default version.
        const rows = d.crates.flatMap((other) => {
          const def = defaultVersion(d.versionsOf(other.id));
          if (!def) return [];
          const dep = d.dependencies.find(
            (x) => x.version_id === def.id && canonical(x.crate_name) === key,
          );
          return dep ? [{ dep, version: def, downloads: totalDownloads(d, other) }] : [];
        });
        rows.sort((a, b) => b.downloads - a.downloads);
        const page = paginate(rows, new URL(request.url), { defaultPerPage: 10 });
        return response(200).json({
          // `downloads` is the dependent crate's total, as on crates.io (the list's order).
          dependencies: page.items.map(({ dep, version, downloads }) => ({
            id: dep.id,
            version_id: version.id,
            crate_id: crate.name,
            req: dep.req,
            optional: dep.optional,
            default_features: dep.default_features,
            features: dep.features,
            target: dep.target,
            kind: dep.kind,
            downloads,
          })),
          versions: page.items.map(({ version }) => serializeVersion(d, version)),
          meta: { total: page.total },
        });
      }),
    ),
  ];
}
