import { isApiError } from '@/api/errors';

/**
 * - `not-found`: the thing does not exist (go back);
 * - `login`: the page needs a session (log in);
 * - `forbidden`: logged in, but not allowed (e.g. not an owner);
 * - `failed`: the registry or network failed (try again).
 */
export type PageErrorKind = 'not-found' | 'login' | 'forbidden' | 'failed';

/** What a route's error element shows: a title for the page, and how to recover. */
export class PageError extends Error {
  override readonly name = 'PageError';
  constructor(
    readonly kind: PageErrorKind,
    readonly title: string,
    readonly detail: string | null = null,
    options?: { cause?: unknown; link?: { label: string; to: string } },
  ) {
    super(title, options);
    this.link = options?.link ?? null;
  }
  /** A way forward, e.g. "See all versions of serde". */
  readonly link: { label: string; to: string } | null;
}

/** Maps a data-layer failure to the page error a loader throws. */
export function toPageError(titles: {
  notFound: string;
  failed: string;
  link?: { label: string; to: string };
}) {
  return (error: unknown): never => {
    if (error instanceof PageError) throw error;
    if (isApiError(error)) {
      if (error.isNotFound) {
        throw new PageError('not-found', titles.notFound, null, {
          cause: error,
          link: titles.link,
        });
      }
      if (error.needsLogin) {
        throw new PageError('login', 'This page requires authentication', null, { cause: error });
      }
      if (error.status === 403) {
        throw new PageError('forbidden', titles.failed, error.detail, { cause: error });
      }
      throw new PageError('failed', titles.failed, error.detail, { cause: error });
    }
    throw new PageError('failed', titles.failed, error instanceof Error ? error.message : null, {
      cause: error,
    });
  };
}
