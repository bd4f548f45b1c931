// `npm run bench`: Lighthouse (12.2.3, the last line that runs on Node 20) over
// the production build, with the built-in registry answering /api over HTTP
// (scripts/serve-mock-api.mjs), mobile and desktop presets, median of RUNS runs
// per page, printed as a Markdown table. Not part of CI: Lighthouse is fetched
// by npx on first use (it is not a dependency of the project).
//
//   npm run bench                        (builds first)
//   RUNS=5 PRESETS=mobile PATHS=/,/crates/serde COMPRESS=0 npm run bench
//
// Files are sent as deploy/nginx sends them (the build's own brotli, else gzip:
// COMPRESS=static, the default), API answers gzipped as crates.io's nginx sends
// them; COMPRESS=1 gzips files as they are sent, COMPRESS=0 sends everything as is.
//
// Figures from a shared machine are noisy (±7 points between runs): compare
// builds side by side on the same machine rather than across days.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const env = process.env;
const port = Number(env.BENCH_PORT ?? 4400);
const origin = `http://localhost:${port}`;
const runs = Number(env.RUNS ?? 3);
const presets = (env.PRESETS ?? 'mobile,desktop').split(',');
const paths = (
  env.PATHS ?? '/,/search?q=serde,/crates/serde,/crates/serde/1.0.219,/crates/serde/versions'
).split(',');
const chrome = env.CHROME_PATH ?? '/usr/bin/chromium';
const root = new URL('..', import.meta.url).pathname;

if (!existsSync(join(root, 'dist/index.html'))) {
  console.error('bench: dist/ has no build; run npm run build first');
  process.exit(1);
}

// The production build and the registry, on one origin, as a static host would serve them.
const server = spawn(process.execPath, ['scripts/serve-mock-api.mjs', String(port)], {
  cwd: root,
  env: { ...env, COMPRESS: env.COMPRESS ?? 'static' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((ready, failed) => {
  server.stdout.on('data', (chunk) => String(chunk).includes('http://') && ready());
  server.on('exit', (code) => failed(new Error(`serve-mock-api exited with ${code}`)));
});

/** One Lighthouse run in a fresh browser profile; the report as JSON. */
function lighthouse(url, preset) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  const result = spawnSync(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      '--only-categories=performance',
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--chrome-flags=--headless=new --no-sandbox --disable-gpu --user-data-dir=${profile}`,
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    ],
    { env: { ...env, CHROME_PATH: chrome }, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
  );
  rmSync(profile, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`lighthouse failed on ${url}: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** gzip -9 bytes of every script the page loaded (read from dist/, as built). */
function scriptGzip(lhr) {
  let total = 0;
  for (const request of lhr.audits['network-requests'].details.items) {
    if (request.resourceType !== 'Script' || !request.url.startsWith(origin)) continue;
    const file = join(root, 'dist', new URL(request.url).pathname);
    if (existsSync(file)) total += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return total;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const rows = [];
try {
  for (const preset of presets) {
    for (const path of paths) {
      const samples = [];
      for (let run = 1; run <= runs; run++) {
        const lhr = lighthouse(origin + path, preset);
        const audit = (id) => lhr.audits[id].numericValue;
        samples.push({
          score: Math.round(lhr.categories.performance.score * 100),
          fcp: audit('first-contentful-paint'),
          lcp: audit('largest-contentful-paint'),
          tbt: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
          js: scriptGzip(lhr),
        });
        const s = samples.at(-1);
        console.error(
          `${preset} ${path} run ${run}: score ${s.score}, LCP ${Math.round(s.lcp)} ms, TBT ${Math.round(s.tbt)} ms, CLS ${s.cls.toFixed(3)}`,
        );
      }
      const m = (key) => median(samples.map((s) => s[key]));
      rows.push({
        preset,
        path,
        score: m('score'),
        fcp: m('fcp'),
        lcp: m('lcp'),
        tbt: m('tbt'),
        cls: m('cls'),
        js: m('js'),
      });
    }
  }
} finally {
  server.kill();
}

console.log(
  `\nLighthouse ${LIGHTHOUSE.split('@')[1]}, median of ${runs}, ${new Date().toISOString().slice(0, 10)}, ` +
    `${
      { 0: 'uncompressed', 1: 'files and API answers gzip' }[env.COMPRESS ?? ''] ??
      'files precompressed (brotli) as deploy/nginx sends them, API answers gzip'
    }\n`,
);
console.log('| preset | page | score | FCP | LCP | TBT | CLS | JS loaded (gzip) |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows)
  console.log(
    `| ${r.preset} | \`${r.path}\` | ${r.score} | ${(r.fcp / 1000).toFixed(2)} s | ${(r.lcp / 1000).toFixed(2)} s | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ${(r.js / 1024).toFixed(1)} KB |`,
  );
