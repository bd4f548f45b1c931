import { delay, HttpResponse } from 'msw';
import { createOpenApiHttp } from 'openapi-msw';
import type { ApiPaths } from '@/api/types';
import type { Db, UserRow } from '../db';
import { type Faults, type MockOperationId, READ_ONLY_DETAIL } from '../faults';

/** Typed handlers for every origin: the dev server, tests and live-like URLs. */
export const http = createOpenApiHttp<ApiPaths>({ baseUrl: '*' });

/** The state handlers work on. `db` may be swapped (reset) between tests. */
export type Registry = {
  db: Db;
  faults: Faults;
  /** Set when a write changed the database (tests re-seed only then). */
  dirty?: boolean;
  /** Called after a state-changing request succeeded (for persistence). */
  onChange?: (request: Request, body: string | null) => void;
};

export function apiError(status: number, detail: string, headers?: Record<string, string>) {
  return HttpResponse.json({ errors: [{ detail }] }, { status, headers });
}

/** Stop handling and answer with the error envelope: `throw fail(404, 'Not Found')`. */
export const fail = apiError;

export const notFound = () => apiError(404, 'Not Found');

export function requireUser(db: Db): UserRow {
  const user = db.sessionUser();
  if (!user) throw apiError(403, 'must be logged in to perform that action');
  return user;
}

type Resolver<Args extends unknown[], R> = (...args: Args) => R;

/**
 * Wraps a resolver with what every operation shares: faults, read-only mode
 * for writes, and the change hook.
 */
export function operation<Args extends [{ request: Request }, ...unknown[]], R>(
  registry: Registry,
  operationId: MockOperationId,
  options: { write?: boolean },
  resolver: Resolver<Args, R>,
): Resolver<Args, Promise<Awaited<R> | Response>> {
  return async (...args): Promise<Awaited<R> | Response> => {
    const fault = registry.faults.take(operationId);
    if (fault) {
      switch (fault.kind) {
        case 'network':
          return HttpResponse.error();
        case 'status':
          return apiError(
            fault.status,
            fault.detail ?? (fault.status >= 500 ? 'Internal Server Error' : 'Bad Request'),
            fault.retryAfter === undefined
              ? undefined
              : { 'Retry-After': String(fault.retryAfter) },
          );
        case 'read-only':
          return apiError(503, READ_ONLY_DETAIL);
        case 'rate-limit':
          return apiError(
            429,
            'You have published too many versions of this crate in the last 24 hours',
            { 'Retry-After': String(fault.retryAfter ?? 30) },
          );
        case 'slow':
          await delay(fault.ms);
          break;
        case 'hang':
          await registry.faults.hold();
          break;
      }
    }
    if (options.write && registry.db.site.read_only) return apiError(503, READ_ONLY_DETAIL);
    const request = args[0].request;
    const body = options.write && registry.onChange ? await request.clone().text() : null;
    try {
      const result: Awaited<R> = await resolver(...args);
      if (options.write) registry.dirty = true;
      if (options.write && registry.onChange && (result as Response | undefined)?.ok !== false) {
        registry.onChange(request, body);
      }
      return result;
    } catch (thrown) {
      if (thrown instanceof Response) return thrown;
      throw thrown;
    }
  };
}

/** Pagination by `page`/`per_page` or by an opaque `seek` key, as crates.io does. */
export function paginate<T>(
  items: T[],
  url: URL,
  options: { defaultPerPage?: number; maxPerPage?: number } = {},
) {
  const maxPerPage = options.maxPerPage ?? 100;
  const perPageParam = Number(url.searchParams.get('per_page') ?? options.defaultPerPage ?? 10);
  if (!Number.isInteger(perPageParam) || perPageParam < 1 || perPageParam > maxPerPage) {
    throw apiError(400, `cannot request more than ${maxPerPage} items`);
  }
  const perPage = perPageParam;
  const seek = url.searchParams.get('seek');
  const pageParam = url.searchParams.get('page');
  if (seek !== null && pageParam !== null) {
    throw apiError(400, 'providing both `page` and `seek` parameters is not supported');
  }
  let offset: number;
  if (seek !== null) {
    offset = decodeSeek(seek);
  } else {
    const page = Number(pageParam ?? 1);
    if (!Number.isInteger(page) || page < 1)
      throw apiError(400, 'page indexing starts from 1, page 0 is invalid');
    offset = (page - 1) * perPage;
  }
  const slice = items.slice(offset, offset + perPage);
  const link = (params: Record<string, string>) => {
    const next = new URLSearchParams(url.searchParams);
    next.delete('page');
    next.delete('seek');
    for (const [key, value] of Object.entries(params)) next.set(key, value);
    return `?${next.toString()}`;
  };
  const hasNext = offset + perPage < items.length;
  const hasPrev = offset > 0;
  const usingSeek = seek !== null;
  return {
    items: slice,
    total: items.length,
    next_page: hasNext
      ? usingSeek
        ? link({ seek: encodeSeek(offset + perPage) })
        : link({ page: String(offset / perPage + 2) })
      : null,
    prev_page: hasPrev
      ? usingSeek
        ? link({ seek: encodeSeek(Math.max(0, offset - perPage)) })
        : link({ page: String(Math.max(1, offset / perPage)) })
      : null,
  };
}

const encodeSeek = (offset: number) => btoa(JSON.stringify([offset])).replaceAll('=', '');
function decodeSeek(seek: string): number {
  try {
    const [offset] = JSON.parse(atob(seek)) as [unknown];
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {}
  throw apiError(400, 'invalid seek parameter');
}
