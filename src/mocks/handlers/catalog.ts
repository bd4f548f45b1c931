// Public browsing data: summary, categories, keywords, users, teams, site metadata.
import {
  recentDownloads,
  serializeCategory,
  serializeCrate,
  serializeKeyword,
  serializeTeam,
  serializeUser,
} from '../serializers';
import { apiError, http, operation, paginate, type Registry } from './context';

export function catalogHandlers(registry: Registry) {
  const db = () => registry.db;
  return [
    http.get(
      '/api/v1/site_metadata',
      operation(registry, 'get_site_metadata', {}, ({ request, response }) => {
        const d = db();
        return response(200).json({
          deployed_sha: 'mock-registry',
          commit: 'mock-registry',
          read_only: d.site.read_only,
          banner_message: d.site.banner_message,
          cdn_base: `${new URL(request.url).origin}/mock-cdn`,
        });
      }),
    ),
    http.get(
      '/api/v1/summary',
      operation(registry, 'get_summary', {}, ({ response }) => {
        const d = db();
        const crates = [...d.crates];
        const totals = new Map(
          crates.map((c) => [c.id, d.versionsOf(c.id).reduce((sum, v) => sum + v.downloads, 0)]),
        );
        const recent = new Map(crates.map((c) => [c.id, recentDownloads(d, c.id)]));
        const top = (compare: (a: (typeof crates)[number], b: (typeof crates)[number]) => number) =>
          [...crates]
            .sort(compare)
            .slice(0, 10)
            .map((c) => serializeCrate(d, c));
        const keywords = [...d.keywords]
          .map((k) => serializeKeyword(d, k.keyword, k.created_at))
          .sort((a, b) => b.crates_cnt - a.crates_cnt || a.keyword.localeCompare(b.keyword))
          .slice(0, 10);
        const categories = d.categories
          .filter((c) => c.parent === null)
          .map((c) => serializeCategory(d, c))
          .sort((a, b) => b.crates_cnt - a.crates_cnt || a.slug.localeCompare(b.slug))
          .slice(0, 10);
        return response(200).json({
          num_crates: crates.length,
          num_downloads: [...totals.values()].reduce((a, b) => a + b, 0),
          new_crates: top((a, b) => b.created_at.localeCompare(a.created_at)),
          most_downloaded: top((a, b) => (totals.get(b.id) ?? 0) - (totals.get(a.id) ?? 0)),
          most_recently_downloaded: top(
            (a, b) => (recent.get(b.id) ?? 0) - (recent.get(a.id) ?? 0),
          ),
          just_updated: top((a, b) => b.updated_at.localeCompare(a.updated_at)),
          popular_keywords: keywords,
          popular_categories: categories,
        });
      }),
    ),
    http.get(
      '/api/v1/categories',
      operation(registry, 'list_categories', {}, ({ request, query, response }) => {
        const d = db();
        const rows = d.categories
          .filter((c) => c.parent === null)
          .map((c) => serializeCategory(d, c));
        if (query.get('sort') === 'crates') {
          rows.sort((a, b) => b.crates_cnt - a.crates_cnt || a.category.localeCompare(b.category));
        } else {
          rows.sort((a, b) => a.category.localeCompare(b.category));
        }
        const page = paginate(rows, new URL(request.url), { defaultPerPage: 10 });
        return response(200).json({ categories: page.items, meta: { total: page.total } });
      }),
    ),
    http.get(
      '/api/v1/categories/{category}',
      operation(registry, 'find_category', {}, ({ params, response }) => {
        const d = db();
        const row = d.categories.find((c) => c.slug === params.category);
        if (!row) throw apiError(404, 'Not Found');
        return response(200).json({ category: serializeCategory(d, row, { relations: true }) });
      }),
    ),
    http.get(
      '/api/v1/category_slugs',
      operation(registry, 'list_category_slugs', {}, ({ response }) => {
        const d = db();
        const slugs = [...d.categories]
          .sort((a, b) => a.slug.localeCompare(b.slug))
          .map((c) => ({ id: c.slug, slug: c.slug, description: c.description }));
        return response(200).json({ category_slugs: slugs });
      }),
    ),
    http.get(
      '/api/v1/keywords',
      operation(registry, 'list_keywords', {}, ({ request, query, response }) => {
        const d = db();
        const rows = d.keywords.map((k) => serializeKeyword(d, k.keyword, k.created_at));
        if (query.get('sort') === 'alpha') rows.sort((a, b) => a.keyword.localeCompare(b.keyword));
        else rows.sort((a, b) => b.crates_cnt - a.crates_cnt || a.keyword.localeCompare(b.keyword));
        const page = paginate(rows, new URL(request.url), { defaultPerPage: 10 });
        return response(200).json({ keywords: page.items, meta: { total: page.total } });
      }),
    ),
    http.get(
      '/api/v1/keywords/{keyword}',
      operation(registry, 'find_keyword', {}, ({ params, response }) => {
        const d = db();
        const row = d.keywords.find((k) => k.keyword === params.keyword.toLowerCase());
        if (!row) throw apiError(404, 'Not Found');
        return response(200).json({ keyword: serializeKeyword(d, row.keyword, row.created_at) });
      }),
    ),
    http.get(
      '/api/v1/users/{user}',
      operation(registry, 'find_user', {}, ({ params, response }) => {
        const user = db().userByLogin(params.user);
        if (!user) throw apiError(404, 'Not Found');
        return response(200).json({ user: serializeUser(user) });
      }),
    ),
    http.get(
      '/api/v1/users/{id}/stats',
      operation(registry, 'get_user_stats', {}, ({ params, response }) => {
        const d = db();
        const id = Number(params.id);
        if (!d.userById(id)) throw apiError(404, 'Not Found');
        const total = d
          .cratesOwnedBy({ kind: 'user', id })
          .flatMap((c) => d.versionsOf(c.id))
          .reduce((sum, v) => sum + v.downloads, 0);
        return response(200).json({ total_downloads: total });
      }),
    ),
    http.get(
      '/api/v1/teams/{team}',
      operation(registry, 'find_team', {}, ({ params, response }) => {
        const team = db().teamByLogin(params.team);
        if (!team) throw apiError(404, 'Not Found');
        return response(200).json({ team: serializeTeam(team) });
      }),
    ),
  ];
}
