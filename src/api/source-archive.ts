// Published source files, read as crates.io's own source browser reads them:
// every version has a seekable zip on the CDN, `<cdn>/crates/<name>/<name>-<version>.zip`,
// and beside it a manifest, the same URL plus `.json`, that lists each file with
// where its compressed bytes start in the zip. One file is one Range request,
// decompressed here; the zip's own directory is never read.
//
// The manifest format is crates.io's (crates/crates_io_crate_zip in its repository):
// `{ files: [{ path, data_offset, compressed_size, uncompressed_size, compression, sha256 }] }`,
// sorted by path, paths relative to the crate root.
import { inflateSync } from 'fflate';
import { ApiError, errorFromResponse, errorFromThrown } from './errors';

export type ArchiveEntry = {
  /** Relative to the crate root, e.g. `src/lib.rs`. */
  path: string;
  /** Where the entry's compressed bytes start in the zip. */
  data_offset: number;
  compressed_size: number;
  uncompressed_size: number;
  compression: 'deflate' | 'store';
  /** Lowercase hex SHA-256 of the uncompressed bytes. */
  sha256: string;
};

export type ArchiveManifest = { files: ArchiveEntry[] };

/** What a file turned out to be once fetched. */
export type SourceFile = { kind: 'text'; text: string } | { kind: 'binary' };

/** Larger files are not fetched: the page offers the whole crate instead. */
export const MAX_VIEWABLE_BYTES = 1024 * 1024;

const enc = encodeURIComponent;

/** Where crate files are, from the site metadata; crates.io's own host when it says nothing. */
export const cdnBaseOf = (metadata: { cdn_base?: string | null } | undefined) =>
  metadata?.cdn_base || 'https://static.crates.io';

export function archiveUrl(cdnBase: string, name: string, version: string): string {
  return `${cdnBase.replace(/\/+$/, '')}/crates/${enc(name)}/${enc(name)}-${enc(version)}.zip`;
}

export const manifestUrl = (cdnBase: string, name: string, version: string) =>
  `${archiveUrl(cdnBase, name, version)}.json`;

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

function isEntry(value: unknown): value is ArchiveEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.path === 'string' &&
    entry.path !== '' &&
    !entry.path.startsWith('/') &&
    !entry.path.split('/').includes('..') &&
    isCount(entry.data_offset) &&
    isCount(entry.compressed_size) &&
    isCount(entry.uncompressed_size) &&
    (entry.compression === 'deflate' || entry.compression === 'store') &&
    typeof entry.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(entry.sha256)
  );
}

/**
 * Checks a manifest from the CDN. Entries this app cannot read (another
 * compression method, a path escaping the crate) are left out rather than
 * failing the whole listing; a body that is not a manifest at all is an error.
 */
export function parseManifest(body: unknown): ArchiveManifest {
  const files = (body as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) {
    throw new ApiError({ kind: 'http', status: 200, message: 'The archive manifest is invalid.' });
  }
  const entries = files.filter(isEntry);
  // crates.io sorts case-insensitively, then by case; sorting again keeps any source's order the same.
  const key = (path: string) => `${path.toLowerCase()}\u0000${path}`;
  entries.sort((a, b) => (key(a.path) < key(b.path) ? -1 : key(a.path) > key(b.path) ? 1 : 0));
  return { files: entries };
}

async function get(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (thrown) {
    throw errorFromThrown(thrown);
  }
}

/**
 * The version's manifest, or `null` when the CDN has no archive for it (S3
 * answers 403 or 404 for a file that is not there: old or just-published versions).
 */
export async function fetchManifest(
  cdnBase: string,
  name: string,
  version: string,
  signal?: AbortSignal,
): Promise<ArchiveManifest | null> {
  const response = await get(manifestUrl(cdnBase, name, version), { signal });
  if (response.status === 403 || response.status === 404) return null;
  if (!response.ok) throw errorFromResponse(response, null);
  const body: unknown = await response.json().catch(() => null);
  return parseManifest(body);
}

/** The entry's compressed bytes, from a 206, or cut out of a server that ignored the Range. */
export function entryBytes(entry: ArchiveEntry, status: number, body: Uint8Array): Uint8Array {
  const end = entry.data_offset + entry.compressed_size;
  const bytes = status === 206 ? body : body.subarray(entry.data_offset, end);
  if (bytes.length !== entry.compressed_size) {
    throw new ApiError({
      kind: 'http',
      status,
      message: `The CDN sent ${bytes.length} bytes of ${entry.path}, not ${entry.compressed_size}.`,
    });
  }
  return bytes;
}

/** Decompresses an entry's bytes: `deflate` entries are raw DEFLATE streams, as in any zip. */
export function decompressEntry(entry: ArchiveEntry, bytes: Uint8Array): Uint8Array {
  if (entry.compression === 'store') return bytes;
  try {
    return inflateSync(bytes, { out: new Uint8Array(entry.uncompressed_size) });
  } catch (cause) {
    throw new ApiError({ kind: 'http', status: 206, message: `${entry.path} is corrupt.`, cause });
  }
}

/** A NUL byte in the first 8,000 bytes means binary: the test git uses. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8000).includes(0);
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** One file of the archive: a Range request for its bytes, inflated and checked. */
export async function fetchSourceFile(
  cdnBase: string,
  name: string,
  version: string,
  entry: ArchiveEntry,
  signal?: AbortSignal,
): Promise<SourceFile> {
  let bytes: Uint8Array = new Uint8Array(0);
  if (entry.compressed_size > 0) {
    const first = entry.data_offset;
    const last = entry.data_offset + entry.compressed_size - 1;
    const response = await get(archiveUrl(cdnBase, name, version), {
      headers: { Range: `bytes=${first}-${last}` },
      signal,
    });
    if (response.status !== 200 && response.status !== 206) {
      throw errorFromResponse(response, null);
    }
    const body = new Uint8Array(await response.arrayBuffer());
    bytes = decompressEntry(entry, entryBytes(entry, response.status, body));
  }
  if (bytes.length !== entry.uncompressed_size || (await sha256Hex(bytes)) !== entry.sha256) {
    throw new ApiError({
      kind: 'http',
      status: 206,
      message: `${entry.path} does not match the archive's checksum.`,
    });
  }
  if (looksBinary(bytes)) return { kind: 'binary' };
  return { kind: 'text', text: new TextDecoder().decode(bytes) };
}
