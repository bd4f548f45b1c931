// Replays logged state-changing requests onto a freshly seeded registry, so
// the browser's mock registry survives reloads and the login redirect.
import { getResponse } from 'msw';
import type { MockRegistry } from './registry';

export type LoggedRequest = { at: string; method: string; url: string; body: string | null };

export async function replay(registry: MockRegistry, log: LoggedRequest[]) {
  let replayAt: Date | null = null;
  registry.db.clock = () => replayAt ?? new Date();
  for (const entry of log) {
    // Each request at its own time, so created dates stay what they were.
    replayAt = new Date(entry.at);
    await getResponse(
      registry.handlers,
      new Request(entry.url, {
        method: entry.method,
        // GET writes (begin/authorize) carry no body; a Request refuses one.
        body:
          entry.method === 'GET' || entry.method === 'HEAD' ? undefined : entry.body || undefined,
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      }),
    );
  }
  replayAt = null;
}
