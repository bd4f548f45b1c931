// Reports the gzip size of the JavaScript and CSS that the first load of each
// budgeted route fetches, and fails when one is over its budget
// (bundle-budget.json). Run after `vite build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL(`../${process.env.E2E_DIST ?? 'dist'}/`, import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
const budget = JSON.parse(readFileSync(new URL('../bundle-budget.json', import.meta.url), 'utf8'));

const gzipSize = (file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;

/** A manifest entry and everything it imports statically (what loads with it). */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`bundle report: ${key} is not in the build manifest`);
  seen.add(key);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entryKey) throw new Error('bundle report: no entry chunk');

let failed = false;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('First-load size, gzip (budget):');
for (const [name, route] of Object.entries(budget.routes)) {
  const keys = new Set([entryKey, ...route.entries].flatMap((key) => [...closure(key)]));
  const js = new Set();
  const css = new Set();
  for (const key of keys) {
    js.add(manifest[key].file);
    for (const file of manifest[key].css ?? []) css.add(file);
  }
  const jsSize = [...js].reduce((sum, f) => sum + gzipSize(f), 0);
  const cssSize = [...css].reduce((sum, f) => sum + gzipSize(f), 0);
  const over = jsSize > route.js || cssSize > route.css;
  failed ||= over;
  console.log(
    `  ${over ? '✗' : '✓'} ${name}: JS ${kb(jsSize)} (${kb(route.js)}), CSS ${kb(cssSize)} (${kb(route.css)}) in ${js.size} + ${css.size} files`,
  );
}

// The mock registry must never be part of a production build.
const all = Object.values(manifest).map((c) => c.file);
const leaked = all.filter((f) =>
  readFileSync(new URL(f, dist), 'utf8').includes('mockServiceWorker'),
);
if (leaked.length > 0) {
  console.error(`✗ mock registry code found in the production build: ${leaked.join(', ')}`);
  failed = true;
}

if (failed) {
  console.error('Bundle budget exceeded.');
  process.exit(1);
}
