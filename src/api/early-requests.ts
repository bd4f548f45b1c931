// The answers to the requests index.html's early script started before the app ran
// (src/routes/early-requests.ts lists them). The data layer takes each one once, in
// place of asking again; one not taken in the first seconds is left alone, so an answer
// is never older than the page's first load.
declare global {
  interface Window {
    __earlyRequests?: Record<string, Promise<Response>>;
  }
}

const MAX_AGE_MS = 10_000;

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
  if (performance.now() > MAX_AGE_MS) return undefined;
  if (!signal) return response;
  return new Promise((resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    response.then(resolve, reject);
  });
}
