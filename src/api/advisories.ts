// RustSec advisories for one crate, in the OSV format (https://ossf.github.io/osv-schema/),
// from the advisory database's own site: `https://rustsec.org/packages/<name>.json`
// is a JSON array of OSV records, and a crate without advisories is a 404.
import { takeEarlyResponse } from './early-requests';
import { errorFromResponse, errorFromThrown } from './errors';

export const RUSTSEC_ORIGIN = 'https://rustsec.org';

export type OsvEvent = {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
};

export type OsvRange = { type: string; events: OsvEvent[] };

export type OsvAffected = {
  package?: { ecosystem: string; name: string; purl?: string };
  ranges?: OsvRange[];
  versions?: string[];
  database_specific?: {
    /** RustSec's informational kinds: `unmaintained`, `unsound`, `notice`. */
    informational?: string | null;
    categories?: string[];
    cvss?: string | null;
  };
  ecosystem_specific?: {
    affects?: { functions?: string[]; os?: string[]; arch?: string[] };
  };
};

export type OsvAdvisory = {
  id: string;
  modified: string;
  published?: string;
  /** Set when the advisory was retracted: it no longer applies. */
  withdrawn?: string;
  aliases?: string[];
  related?: string[];
  summary?: string;
  /** Markdown. */
  details?: string;
  severity?: { type: string; score: string }[];
  affected?: OsvAffected[];
  references?: { type: string; url: string }[];
};

/** How long the advisory list may take: it is never worth holding a page for. */
export const ADVISORIES_TIMEOUT_MS = 4000;

export const advisoriesUrl = (name: string) =>
  `${RUSTSEC_ORIGIN}/packages/${encodeURIComponent(name)}.json`;

export async function fetchAdvisories(name: string, signal: AbortSignal): Promise<OsvAdvisory[]> {
  let response: Response;
  try {
    const url = advisoriesUrl(name);
    const bounded = AbortSignal.any([signal, AbortSignal.timeout(ADVISORIES_TIMEOUT_MS)]);
    // A first visit's crate page asked already (index.html's early script).
    response = await (takeEarlyResponse(url, bounded) ?? fetch(url, { signal: bounded }));
  } catch (thrown) {
    throw errorFromThrown(thrown);
  }
  if (response.status === 404) return [];
  if (!response.ok) throw errorFromResponse(response, null);
  const body: unknown = await response.json().catch(() => null);
  if (!Array.isArray(body)) throw errorFromResponse(new Response(null, { status: 502 }), null);
  return body.filter(
    (item): item is OsvAdvisory =>
      typeof item === 'object' && item !== null && typeof item.id === 'string',
  );
}
