import createClient from 'openapi-fetch';
import { takeEarlyResponse } from './early-requests';
import { errorFromResponse, errorFromThrown } from './errors';
import type { paths } from './schema';

/**
 * The only openapi-fetch client. Same-origin: in live mode the dev/preview
 * server proxies /api to the chosen registry, so the session cookie applies.
 */
export const client = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
  credentials: 'include',
  headers: { Accept: 'application/json' },
  // A first page's requests may already be under way (index.html's early script).
  // Look fetch up per request so a test's interceptor (msw/node) is always seen.
  fetch: (request) =>
    (request.method === 'GET' && takeEarlyResponse(request.url, request.signal)) ||
    globalThis.fetch(request),
});

type Result<T> = { data?: T; error?: unknown; response: Response };

/**
 * Turns an openapi-fetch call into its data, or throws one ApiError.
 * `await call(client.GET('/api/v1/summary'))`
 */
export async function call<T>(request: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await request;
  } catch (thrown) {
    throw errorFromThrown(thrown);
  }
  if (!result.response.ok) throw errorFromResponse(result.response, result.error);
  return result.data as T;
}
