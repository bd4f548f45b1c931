// The other sites the crate page reads, answered from the seed: the Playground's
// crate list, rust-lang.github.io's std-replacement data and docs.rs build status.
// Fault targets: `playground_crates`, `std_replacements`, `docs_status`.
import { HttpResponse } from 'msw';
import { canonical } from '../db';
import { failedDocs, playgroundCrates, stdReplacements } from '../fixtures/external-data';
import { defaultVersion } from '../versions';
import type { Registry } from './context';
import { http } from './context';

const headers = { 'Access-Control-Allow-Origin': '*' };

async function applyFault(
  registry: Registry,
  target: 'playground_crates' | 'std_replacements' | 'docs_status',
) {
  const rule = registry.faults.take(target);
  if (rule?.kind === 'status') return new HttpResponse('error', { status: rule.status, headers });
  if (rule?.kind === 'network') return HttpResponse.error();
  if (rule?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, rule.ms));
  if (rule?.kind === 'hang') await registry.faults.hold();
  return null;
}

export const externalDataHandlers = (registry: Registry) => [
  http.untyped.get('https://play.rust-lang.org/meta/crates', async () => {
    const failed = await applyFault(registry, 'playground_crates');
    if (failed) return failed;
    const db = registry.db;
    const crates = playgroundCrates.flatMap((name) => {
      const crate = db.crateByName(name);
      const version = crate && defaultVersion(db.versionsOf(crate.id));
      return crate && version
        ? [{ name: crate.name, version: version.num, id: crate.name.replaceAll('-', '_') }]
        : [];
    });
    return HttpResponse.json({ crates }, { headers });
  }),
  http.untyped.get('https://rust-lang.github.io/std-replacement-data/all.json', async () => {
    const failed = await applyFault(registry, 'std_replacements');
    if (failed) return failed;
    return HttpResponse.json(stdReplacements, { headers });
  }),
  http.untyped.get('https://docs.rs/crate/:name/:version/status.json', async ({ params }) => {
    const failed = await applyFault(registry, 'docs_status');
    if (failed) return failed;
    const db = registry.db;
    const crate = db.crateByName(String(params.name));
    const version = crate && db.version(crate.id, String(params.version));
    if (!crate || !version) return new HttpResponse('Not Found', { status: 404, headers });
    const key = `${canonical(crate.name)}@${version.num}`;
    return HttpResponse.json(
      { doc_status: !failedDocs.has(key), version: version.num },
      { headers },
    );
  }),
];
