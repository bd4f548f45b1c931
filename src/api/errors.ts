import type { ErrorBody } from './types';

/**
 * - `http`: the registry answered with a non-2xx status;
 * - `network`: no answer at all (offline, DNS, CORS, connection reset);
 * - `abort`: the request was cancelled (navigation, a newer search).
 */
export type ApiErrorKind = 'http' | 'network' | 'abort';

/** The one error type the data layer throws. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 for network failures and aborts. */
  readonly status: number;
  /** The `detail` messages of the API's `{errors: [{detail}]}` envelope. */
  readonly details: readonly string[];
  /** Seconds to wait before retrying, from `Retry-After` (429, 503). */
  readonly retryAfter: number | null;

  constructor(init: {
    kind: ApiErrorKind;
    status?: number;
    details?: readonly string[];
    retryAfter?: number | null;
    message?: string;
    cause?: unknown;
  }) {
    const details = init.details ?? [];
    super(init.message ?? details[0] ?? defaultMessage(init.kind, init.status ?? 0), {
      cause: init.cause,
    });
    this.kind = init.kind;
    this.status = init.status ?? 0;
    this.details = details;
    this.retryAfter = init.retryAfter ?? null;
  }

  /** The first human-readable detail, or a generic message. */
  get detail(): string {
    return this.message;
  }

  get isNotFound() {
    return this.status === 404;
  }
  /** Not logged in. crates.io answers 403 "must be logged in" as well as 401. */
  get needsLogin() {
    return (
      this.status === 401 ||
      (this.status === 403 && this.details.some((d) => /must be logged in/i.test(d)))
    );
  }
  /** Worth trying again: the network, rate limits and server errors. */
  get isRetryable() {
    return this.kind === 'network' || this.status === 429 || this.status >= 500;
  }
  get isReadOnly() {
    return this.status === 503 && this.details.some((d) => /read-only/i.test(d));
  }
}

function defaultMessage(kind: ApiErrorKind, status: number): string {
  if (kind === 'network') return 'Could not reach the registry. Check your connection.';
  if (kind === 'abort') return 'The request was cancelled.';
  if (status === 404) return 'Not Found';
  if (status === 429) return 'Too many requests. Please wait a moment.';
  if (status >= 500) return 'The registry had a problem answering.';
  return `Request failed (${status})`;
}

function isErrorBody(body: unknown): body is ErrorBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    Array.isArray((body as ErrorBody).errors) &&
    (body as ErrorBody).errors.every((e) => typeof e?.detail === 'string')
  );
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}

export function errorFromResponse(response: Response, body: unknown): ApiError {
  // Some errors carry raw JSON or HTML in `detail`; show only readable text.
  const details = isErrorBody(body)
    ? body.errors.map((e) => e.detail).filter((d) => d && !d.trimStart().startsWith('{'))
    : [];
  return new ApiError({
    kind: 'http',
    status: response.status,
    details,
    retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
  });
}

export function errorFromThrown(thrown: unknown): ApiError {
  if (thrown instanceof ApiError) return thrown;
  const aborted =
    (thrown instanceof DOMException && thrown.name === 'AbortError') ||
    (thrown instanceof Error && thrown.name === 'AbortError');
  return new ApiError({ kind: aborted ? 'abort' : 'network', cause: thrown });
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
