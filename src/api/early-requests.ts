// The answers to the requests index.html's early script started before the app ran
// (src/routes/early-requests.ts lists them). The client takes each one once, in place
// of asking again; one never taken in the first seconds is left alone, so an answer
// is never older than the page's first load.
declare global {
  interface Window {
    __earlyRequests?: Record<string, Promise<Response>>;
  }
}

const MAX_AGE_MS = 10_000;

/** The early answer to this request, if one was started for exactly its URL. */
export function takeEarlyResponse(request: Request): Promise<Response> | undefined {
  if (typeof window === 'undefined' || request.method !== 'GET') return undefined;
  const early = window.__earlyRequests;
  const response = early?.[request.url];
  if (!early || !response) return undefined;
  delete early[request.url];
  return performance.now() < MAX_AGE_MS ? response : undefined;
}
