import { isApiError } from '@/api/errors';

/** What to tell the user about a failure: the registry's detail, or the error's message. */
export function errorDetail(error: unknown): string | null {
  if (isApiError(error)) return error.detail;
  return error instanceof Error ? error.message : null;
}

/** Seconds the registry asked us to wait (Retry-After), if it did. */
export function retryAfterOf(error: unknown): number | null {
  return isApiError(error) && error.retryAfter ? error.retryAfter : null;
}
