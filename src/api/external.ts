// Optional data from other sites that crates.io's own pages also use. None of it
// is worth holding a page for: each read has a short timeout, one try, and the
// widgets that show it simply leave it out when it fails.
import { errorFromResponse, errorFromThrown } from './errors';

/** How long any of these may take before it is given up. */
export const EXTERNAL_TIMEOUT_MS = 5000;

export const PLAYGROUND_CRATES_URL = 'https://play.rust-lang.org/meta/crates';
export const STD_REPLACEMENTS_URL = 'https://rust-lang.github.io/std-replacement-data/all.json';
export const docsStatusUrl = (name: string, version: string) =>
  `https://docs.rs/crate/${encodeURIComponent(name)}/${encodeURIComponent(version)}/status.json`;

/** The Playground's crate list: the top crates, usable with `use <id>;`. */
export type PlaygroundCrate = { name: string; version: string; id: string };

/** A crate the standard library (largely) replaces. `description` is Markdown. */
export type StdReplacement = { description: string; url: string };

/** docs.rs's build status of one version. */
export type DocsStatus = { doc_status: boolean; version?: string };

async function fetchJson<T>(url: string, signal: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(EXTERNAL_TIMEOUT_MS)]),
    });
  } catch (thrown) {
    throw errorFromThrown(thrown);
  }
  if (!response.ok) throw errorFromResponse(response, null);
  return (await response.json()) as T;
}

export async function fetchPlaygroundCrates(signal: AbortSignal): Promise<PlaygroundCrate[]> {
  const body = await fetchJson<{ crates?: PlaygroundCrate[] }>(PLAYGROUND_CRATES_URL, signal);
  return Array.isArray(body.crates) ? body.crates : [];
}

export async function fetchStdReplacements(
  signal: AbortSignal,
): Promise<Record<string, StdReplacement>> {
  const body = await fetchJson<Record<string, StdReplacement>>(STD_REPLACEMENTS_URL, signal);
  return body && typeof body === 'object' ? body : {};
}

export async function fetchDocsStatus(
  name: string,
  version: string,
  signal: AbortSignal,
): Promise<DocsStatus> {
  const body = await fetchJson<Partial<DocsStatus>>(docsStatusUrl(name, version), signal);
  // docs.rs answers {} for versions it does not know yet.
  return { doc_status: body.doc_status === true, version: body.version };
}
