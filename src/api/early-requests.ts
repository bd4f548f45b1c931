// The answers to the requests index.html's early script started before the app ran
// (src/routes/early-requests.ts lists them). The data layer takes each one once, in
// place of asking again; one not taken in the first seconds is left alone, so an answer
// is never older than the page's first load.
import { canonicalCrateName } from '@/lib/crate-name';

declare global {
  interface Window {
    __earlyRequests?: Record<string, Promise<Response>>;
    /** When they were started (performance.now()). */
    __earlyRequestsAt?: number;
    /** A crate page's README chain: `chain` settles once its address request is listed above. */
    __earlyReadme?: { name: string; chain: Promise<EarlyReadme | null> };
  }
}

export interface EarlyReadme {
  /** The crate and version whose README it is (the name as the address spelled it). */
  name: string;
  version: string;
  /** The README file, once its address has come: `null` when there is none. */
  file: Promise<{ url: string; response: Response } | null>;
}

const MAX_AGE_MS = 10_000;

// Measured from the early script's own start, not from the page's: a test's fake clock may
// not start with the page (Playwright's keeps counting across a context's navigations).
const age = () => performance.now() - (window.__earlyRequestsAt ?? 0);

/**
 * The early answer to a GET of exactly this URL, if one was started; it rejects when
 * `signal` aborts, as the fetch it replaces would.
 */
export function takeEarlyResponse(
  url: string,
  signal?: AbortSignal,
): Promise<Response> | undefined {
  const early = typeof window === 'undefined' ? undefined : window.__earlyRequests;
  const response = early?.[url];
  if (!early || !response) return undefined;
  delete early[url];
  if (age() > MAX_AGE_MS) return undefined;
  if (!signal) return response;
  return new Promise((resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    response.then(resolve, reject);
  });
}

/**
 * The README chain the early script started for this crate (the URL's spelling of its name
 * may differ), once its address request is among the early answers (so the caller's
 * request for it takes that one). It may be for another version or spelling than the
 * caller's: compare.
 */
export async function takeEarlyReadme(name: string): Promise<EarlyReadme | null> {
  const early = typeof window === 'undefined' ? undefined : window.__earlyReadme;
  if (!early || canonicalCrateName(early.name) !== canonicalCrateName(name)) return null;
  window.__earlyReadme = undefined;
  if (age() > MAX_AGE_MS) return null;
  return early.chain.catch(() => null);
}
