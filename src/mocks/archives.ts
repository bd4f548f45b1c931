// Source archives as crates.io publishes them: a real zip per version, built
// here with fflate, and the entry list its `.zip.json` manifest is made from.
import { strToU8, type Zippable, zipSync } from 'fflate';
import type { Db } from './db';
import { defaultVersion } from './versions';

/** One file of a crate as written in a fixture: text, or bytes (binary files). */
export type SourceFileFixture = string | Uint8Array;

/** What the manifest lists for one entry, minus the checksum (computed when served). */
export type ArchiveEntryRow = {
  path: string;
  data_offset: number;
  compressed_size: number;
  uncompressed_size: number;
  compression: 'deflate' | 'store';
  /** The uncompressed bytes, for the manifest's sha256. */
  contents: Uint8Array;
};

export type SourceArchiveRow = { zip: Uint8Array; entries: ArchiveEntryRow[] };

/** `crate@version`: how archives are keyed in the database. */
export const archiveKey = (crate: string, version: string) => `${crate}@${version}`;

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/**
 * Builds the zip (Cargo.toml first, as crates.io does; deflate, except files
 * already compressed) and reads back, from its central directory, where each
 * entry's data starts: the offsets the manifest publishes.
 */
export function buildArchive(
  files: Record<string, SourceFileFixture>,
  mtime: Date,
): SourceArchiveRow {
  const contents = new Map<string, Uint8Array>();
  const ordered = Object.keys(files).sort((a, b) =>
    a === 'Cargo.toml' ? -1 : b === 'Cargo.toml' ? 1 : a.localeCompare(b),
  );
  const input: Zippable = {};
  for (const path of ordered) {
    const value = files[path] ?? '';
    const bytes = typeof value === 'string' ? strToU8(value) : value;
    contents.set(path, bytes);
    const stored = /\.(png|jpe?g|gif|gz|zip|woff2?)$/i.test(path);
    // Level 1 for big files: the seed is rebuilt per test, and size hardly matters here.
    input[path] = [bytes, { level: stored ? 0 : bytes.length > 256 * 1024 ? 1 : 9, mtime }];
  }
  const zip = zipSync(input);

  // End of central directory: the last 22 bytes when there is no comment.
  const end = zip.length - 22;
  if (u32(zip, end) !== 0x06054b50) throw new Error('mock archive: no end of central directory');
  const count = u16(zip, end + 10);
  let at = u32(zip, end + 16);
  const entries: ArchiveEntryRow[] = [];
  for (let i = 0; i < count; i++) {
    if (u32(zip, at) !== 0x02014b50) throw new Error('mock archive: bad central directory');
    const method = u16(zip, at + 10);
    const compressed = u32(zip, at + 20);
    const size = u32(zip, at + 24);
    const nameLength = u16(zip, at + 28);
    const extraLength = u16(zip, at + 30);
    const commentLength = u16(zip, at + 32);
    const local = u32(zip, at + 42);
    const path = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    const dataOffset = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
    entries.push({
      path,
      data_offset: dataOffset,
      compressed_size: compressed,
      uncompressed_size: size,
      compression: method === 0 ? 'store' : 'deflate',
      contents: contents.get(path) ?? new Uint8Array(),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  entries.sort((a, b) => a.path.toLowerCase().localeCompare(b.path.toLowerCase()));
  return { zip, entries };
}

const hex = (buffer: ArrayBuffer) =>
  [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

const manifests = new WeakMap<SourceArchiveRow, Promise<string>>();

/** The `.zip.json` body, crates.io's format; hashed once per archive. */
export function manifestJson(archive: SourceArchiveRow): Promise<string> {
  let json = manifests.get(archive);
  if (!json) {
    json = Promise.all(
      archive.entries.map(async ({ contents, ...entry }) => ({
        ...entry,
        sha256: hex(await crypto.subtle.digest('SHA-256', contents as Uint8Array<ArrayBuffer>)),
      })),
    ).then((files) => JSON.stringify({ files }));
    manifests.set(archive, json);
  }
  return json;
}

/**
 * Builds the archive of each fixture crate's default version, with its
 * Cargo.toml saying that version, into `db.archives`.
 */
export function seedArchives(db: Db, fixtures: Record<string, Record<string, SourceFileFixture>>) {
  for (const [name, files] of Object.entries(fixtures)) {
    const crate = db.crateByName(name);
    const version = crate && defaultVersion(db.versionsOf(crate.id));
    if (!crate || !version) continue;
    const manifest = files['Cargo.toml'];
    const withVersion =
      typeof manifest === 'string'
        ? {
            ...files,
            'Cargo.toml': manifest.replace(/^version = ".*"$/m, `version = "${version.num}"`),
          }
        : files;
    db.archives.set(
      archiveKey(crate.name, version.num),
      buildArchive(withVersion, new Date(version.created_at)),
    );
  }
}
