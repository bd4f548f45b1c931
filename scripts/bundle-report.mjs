// Checks the production build: fails if the mock registry is part of it, and
// prints the largest chunks (gzip). The first-load budget is measured in the
// browser instead (e2e/first-load-js.spec.ts, budgets in bundle-budget.json),
// because the browser also loads lazy chunks that a static import graph misses.
// Run after `vite build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL(`../${process.env.E2E_DIST ?? 'dist'}/`, import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
const gzipSize = (file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;

const all = [...new Set(Object.values(manifest).map((c) => c.file))];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('Largest chunks, gzip:');
for (const [file, size] of all
  .map((f) => [f, gzipSize(f)])
  .sort((a, b) => b[1] - a[1])
  .slice(0, 8))
  console.log(`  ${kb(size).padStart(9)}  ${file}`);

// The mock registry must never be part of a production build.
let failed = false;
// Strings only MSW and the registry carry ("mockServiceWorker" alone is not
// one: a live build names the worker file to unregister a leftover one).
const MOCK_MARKERS = ['[MSW]', 'mockRegistry'];
const leaked = all.filter((f) => {
  const code = readFileSync(new URL(f, dist), 'utf8');
  return MOCK_MARKERS.some((marker) => code.includes(marker));
});
if (leaked.length > 0) {
  console.error(`✗ mock registry code found in the production build: ${leaked.join(', ')}`);
  failed = true;
}

if (failed) {
  console.error('Bundle check failed.');
  process.exit(1);
}
