// Writes `file.gz` and `file.br` next to every compressible file of a build, so the
// web server sends them as they are (nginx gzip_static / brotli_static) instead of
// compressing on each request. Used by vite.config.ts after the bundle is written.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|xml|txt|webmanifest|map)$/;
// Below this, the headers cost more than compression saves.
const MIN_BYTES = 512;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Compresses `dir` in place; returns how many files got both encodings. */
export function precompress(dir) {
  let count = 0;
  for (const path of files(dir)) {
    if (!COMPRESSIBLE.test(path) || path.includes('/.vite/')) continue;
    const body = readFileSync(path);
    if (body.length < MIN_BYTES) continue;
    const gzip = gzipSync(body, { level: 9 });
    const brotli = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    // A compressed copy that is not smaller is useless (nginx would still send it).
    if (gzip.length < body.length) writeFileSync(`${path}.gz`, gzip);
    if (brotli.length < body.length) writeFileSync(`${path}.br`, brotli);
    count += 1;
  }
  return count;
}
