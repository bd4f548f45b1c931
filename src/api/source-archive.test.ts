import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@/mocks/node';
import {
  type ArchiveEntry,
  archiveUrl,
  fetchManifest,
  fetchSourceFile,
  parseManifest,
} from './source-archive';

const CDN = 'http://localhost/mock-cdn';

const entry = (overrides: Partial<ArchiveEntry>): ArchiveEntry => ({
  path: 'src/lib.rs',
  data_offset: 40,
  compressed_size: 10,
  uncompressed_size: 20,
  compression: 'deflate',
  sha256: 'a'.repeat(64),
  ...overrides,
});

async function ferrisSays() {
  const manifest = await fetchManifest(CDN, 'ferris-says', '0.3.2');
  if (!manifest) throw new Error('no manifest for ferris-says 0.3.2');
  const find = (path: string) => {
    const found = manifest.files.find((f) => f.path === path);
    if (!found) throw new Error(`no ${path}`);
    return found;
  };
  return { manifest, find };
}

describe('archive manifest', () => {
  it('keeps readable entries sorted by path and leaves out the rest', () => {
    const manifest = parseManifest({
      files: [
        entry({ path: 'src/main.rs' }),
        entry({ path: 'Cargo.toml', compression: 'store' }),
        entry({ path: '../escape.rs' }),
        entry({ path: 'src/zstd.rs', compression: 'zstd' as 'store' }),
        entry({ path: 'src/short-hash.rs', sha256: 'abc' }),
        { path: 'src/no-sizes.rs' },
      ],
    });
    expect(manifest.files.map((f) => f.path)).toEqual(['Cargo.toml', 'src/main.rs']);
  });

  it('refuses a body that is not a manifest', () => {
    expect(() => parseManifest({ entries: [] })).toThrow('The archive manifest is invalid.');
    expect(() => parseManifest(null)).toThrow('The archive manifest is invalid.');
  });

  it('lists every file of a published archive with its place in the zip', async () => {
    const { manifest, find } = await ferrisSays();
    expect(manifest.files.map((f) => f.path)).toEqual([
      'assets/ferris.png',
      'Cargo.toml',
      'LICENSE-MIT',
      'README.md',
      'src/lib.rs',
      'src/main.rs',
      'tests/fixtures/wide.txt',
      'tests/say.rs',
    ]);
    expect(find('assets/ferris.png').compression).toBe('store');
    expect(find('src/lib.rs').compression).toBe('deflate');
    // Cargo.toml is the zip's first entry: its data follows one 30-byte header and its name.
    expect(find('Cargo.toml').data_offset).toBe(30 + 'Cargo.toml'.length);
  });

  it('is null for a version without an archive', async () => {
    expect(await fetchManifest(CDN, 'ferris-says', '0.3.1')).toBeNull();
    expect(await fetchManifest(CDN, 'serde', '1.0.219')).toBeNull();
  });

  it('builds the archive URL from the CDN base, as crates.io lays it out', () => {
    expect(archiveUrl('https://static.crates.io/', 'serde_json', '1.0.140')).toBe(
      'https://static.crates.io/crates/serde_json/serde_json-1.0.140.zip',
    );
  });
});

describe('one file of the archive', () => {
  it('is fetched with a byte range, inflated and checked', async () => {
    const { find } = await ferrisSays();
    const ranges: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('.zip')) ranges.push(request.headers.get('Range'));
    });
    const lib = find('src/lib.rs');
    const file = await fetchSourceFile(CDN, 'ferris-says', '0.3.2', lib);
    server.events.removeAllListeners();
    expect(file.kind).toBe('text');
    expect(file.kind === 'text' && file.text).toContain('pub fn say<W>(input: &str');
    expect(ranges).toEqual([
      `bytes=${lib.data_offset}-${lib.data_offset + lib.compressed_size - 1}`,
    ]);
    const cargo = await fetchSourceFile(CDN, 'ferris-says', '0.3.2', find('Cargo.toml'));
    expect(cargo.kind === 'text' && cargo.text).toContain('version = "0.3.2"');
  });

  it('says binary for a file with NUL bytes (a stored PNG)', async () => {
    const { find } = await ferrisSays();
    expect(await fetchSourceFile(CDN, 'ferris-says', '0.3.2', find('assets/ferris.png'))).toEqual({
      kind: 'binary',
    });
  });

  it('still works when the server ignores the range and sends the whole zip', async () => {
    const { find } = await ferrisSays();
    const whole = await (await fetch(archiveUrl(CDN, 'ferris-says', '0.3.2'))).arrayBuffer();
    server.use(http.get('*/ferris-says-0.3.2.zip', () => HttpResponse.arrayBuffer(whole)));
    const file = await fetchSourceFile(CDN, 'ferris-says', '0.3.2', find('tests/say.rs'));
    expect(file.kind === 'text' && file.text).toContain('fn wraps_long_input()');
  });

  it('fails when the bytes do not match the manifest checksum', async () => {
    const { find } = await ferrisSays();
    const lib = find('src/lib.rs');
    const other = find('README.md');
    // The right length, the wrong file: inflating it cannot give src/lib.rs.
    const whole = new Uint8Array(
      await (await fetch(archiveUrl(CDN, 'ferris-says', '0.3.2'))).arrayBuffer(),
    );
    const wrong = whole.slice(other.data_offset, other.data_offset + other.compressed_size);
    server.use(
      http.get('*/ferris-says-0.3.2.zip', () =>
        HttpResponse.arrayBuffer(wrong.buffer, { status: 206 }),
      ),
    );
    await expect(
      fetchSourceFile(CDN, 'ferris-says', '0.3.2', { ...lib, compressed_size: wrong.length }),
    ).rejects.toThrow("src/lib.rs does not match the archive's checksum.");
  });

  it('reports the CDN failing', async () => {
    const { find } = await ferrisSays();
    server.use(http.get('*/ferris-says-0.3.2.zip', () => new HttpResponse(null, { status: 500 })));
    await expect(
      fetchSourceFile(CDN, 'ferris-says', '0.3.2', find('src/lib.rs')),
    ).rejects.toMatchObject({ status: 500 });
  });
});
