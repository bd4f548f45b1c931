import { HttpResponse } from 'msw';
import type { Db } from '../db';
import { windowDates } from '../downloads';
import { serializeDependency, serializeUser, serializeVersion } from '../serializers';
import { byDateDesc, bySemverDesc, releaseTracks } from '../versions';
import { apiError, http, operation, paginate, type Registry } from './context';
import { findCrateOr404, requireOwnerOrAdmin } from './crates';

export const README_PREFIX = '/mock-cdn/readmes';

function findVersionOr404(db: Db, name: string, num: string) {
  const crate = findCrateOr404(db, name);
  const version = db.version(crate.id, num);
  if (!version) throw apiError(404, `crate \`${crate.name}\` does not have a version \`${num}\``);
  return { crate, version };
}

export function versionHandlers(registry: Registry) {
  const db = () => registry.db;

  const setYanked = (name: string, num: string, yanked: boolean, message: string | null) => {
    const d = db();
    requireOwnerOrAdmin(d, name);
    const { version } = findVersionOr404(d, name, num);
    version.yanked = yanked;
    version.yank_message = yanked ? message : null;
    version.updated_at = d.nowIso();
    return version;
  };

  return [
    http.get(
      '/api/v1/crates/{name}/versions',
      operation(registry, 'list_versions', {}, ({ params, request, query, response }) => {
        const d = db();
        const crate = findCrateOr404(d, params.name);
        const url = new URL(request.url);
        let versions = d.versionsOf(crate.id);
        const nums = query.getAll('nums[]');
        if (nums.length > 0) versions = versions.filter((v) => nums.includes(v.num));
        versions.sort(query.get('sort') === 'semver' ? bySemverDesc : byDateDesc);
        const include = (query.get('include') ?? '').split(',');
        // Without paging parameters crates.io returns every version.
        const paged =
          url.searchParams.has('per_page') ||
          url.searchParams.has('seek') ||
          url.searchParams.has('page');
        const page = paged
          ? paginate(versions, url, { defaultPerPage: 10, maxPerPage: 100 })
          : { items: versions, total: versions.length, next_page: null };
        return response(200).json({
          versions: page.items.map((v) => serializeVersion(d, v)),
          meta: {
            total: page.total,
            next_page: page.next_page,
            release_tracks: include.includes('release_tracks')
              ? releaseTracks(d.versionsOf(crate.id))
              : null,
          },
        });
      }),
    ),
    http.get(
      '/api/v1/crates/{name}/{version}',
      operation(registry, 'find_version', {}, ({ params, response }) => {
        const d = db();
        const { version } = findVersionOr404(d, params.name, params.version);
        return response(200).json({ version: serializeVersion(d, version) });
      }),
    ),
    http.patch(
      '/api/v1/crates/{name}/{version}',
      operation(
        registry,
        'update_version',
        { write: true },
        async ({ params, request, response }) => {
          const body = (await request.json().catch(() => null)) as {
            version?: { yanked?: boolean | null; yank_message?: string | null };
          } | null;
          if (!body?.version) throw apiError(400, 'invalid request body: missing field `version`');
          const d = db();
          const { version: current } = findVersionOr404(d, params.name, params.version);
          const yanked = body.version.yanked ?? current.yanked;
          const message = body.version.yank_message?.trim() || null;
          if (!yanked && message)
            throw apiError(422, 'Cannot set yank message for non-yanked version');
          const version = setYanked(params.name, params.version, yanked, message);
          return response(200).json({ version: serializeVersion(d, version) });
        },
      ),
    ),
    http.delete(
      '/api/v1/crates/{name}/{version}/yank',
      operation(registry, 'yank_version', { write: true }, ({ params, response }) => {
        setYanked(params.name, params.version, true, null);
        return response(200).json({ ok: true });
      }),
    ),
    http.put(
      '/api/v1/crates/{name}/{version}/unyank',
      operation(registry, 'unyank_version', { write: true }, ({ params, response }) => {
        setYanked(params.name, params.version, false, null);
        return response(200).json({ ok: true });
      }),
    ),
    http.get(
      '/api/v1/crates/{name}/{version}/authors',
      operation(registry, 'get_version_authors', {}, ({ params }) => {
        const d = db();
        const { version } = findVersionOr404(d, params.name, params.version);
        const publisher =
          version.published_by === null ? undefined : d.userById(version.published_by);
        // The spec gives this response no schema; this is what crates.io answers.
        const body = {
          users: publisher ? [serializeUser(publisher)] : [],
          meta: { names: publisher?.name ? [publisher.name] : [] },
        };
        return new Response(JSON.stringify(body), {
          headers: { 'Content-Type': 'application/json' },
        });
      }),
    ),
    http.get(
      '/api/v1/crates/{name}/{version}/dependencies',
      operation(registry, 'get_version_dependencies', {}, ({ params, response }) => {
        const d = db();
        const { version } = findVersionOr404(d, params.name, params.version);
        const deps = d.dependencies
          .filter((dep) => dep.version_id === version.id)
          .sort((a, b) => a.crate_name.localeCompare(b.crate_name));
        return response(200).json({ dependencies: deps.map((dep) => serializeDependency(d, dep)) });
      }),
    ),
    http.get(
      '/api/v1/crates/{name}/{version}/download',
      operation(registry, 'download_version', {}, ({ params, request, response }) => {
        const d = db();
        const { crate, version } = findVersionOr404(d, params.name, params.version);
        const url = `https://static.crates.io/crates/${crate.name}/${crate.name}-${version.num}.crate`;
        if (request.headers.get('Accept')?.includes('application/json')) {
          return response(200).json({ url });
        }
        return HttpResponse.redirect(url, 302);
      }),
    ),
    http.get(
      '/api/v1/crates/{name}/{version}/downloads',
      operation(registry, 'get_version_downloads', {}, ({ params, response }) => {
        const d = db();
        const { version } = findVersionOr404(d, params.name, params.version);
        const dates = windowDates(d.now);
        const series = d.daily.get(version.id) ?? [];
        return response(200).json({
          version_downloads: series.flatMap((downloads, i) =>
            downloads > 0 ? [{ version: version.id, downloads, date: dates[i] ?? '' }] : [],
          ),
        });
      }),
    ),
    http.get(
      '/api/v1/crates/{name}/{version}/readme',
      operation(registry, 'get_version_readme', {}, ({ params, request, response }) => {
        const d = db();
        const { crate, version } = findVersionOr404(d, params.name, params.version);
        const origin = new URL(request.url).origin;
        const url = `${origin}${README_PREFIX}/${encodeURIComponent(crate.name)}/${encodeURIComponent(
          `${crate.name}-${version.num}`,
        )}.html`;
        if (request.headers.get('Accept')?.includes('application/json')) {
          return response(200).json({ url });
        }
        return HttpResponse.redirect(url, 302);
      }),
    ),
    // The "CDN" the readme URL points to. Like S3, a missing file is a 403.
    http.untyped.get(`*${README_PREFIX}/:name/:file`, ({ params }) => {
      const d = db();
      const fault = registry.faults.take('readme_file');
      if (fault?.kind === 'status') return new HttpResponse('error', { status: fault.status });
      if (fault?.kind === 'network') return HttpResponse.error();
      const crate = d.crateByName(String(params.name));
      const file = String(params.file).replace(/\.html$/, '');
      const num = crate ? file.slice(crate.name.length + 1) : '';
      const version = crate ? d.version(crate.id, num) : undefined;
      if (!version?.readme) return new HttpResponse('Access Denied', { status: 403 });
      return HttpResponse.html(version.readme);
    }),
    http.post(
      '/api/v1/crates/{name}/{version}/rebuild_docs',
      operation(registry, 'rebuild_version_docs', { write: true }, ({ params }) => {
        const d = db();
        requireOwnerOrAdmin(d, params.name);
        findVersionOr404(d, params.name, params.version);
        return new HttpResponse(null, { status: 201 });
      }),
    ),
  ];
}
