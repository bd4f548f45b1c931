// rustsec.org's per-crate advisory lists (`/packages/<name>.json`, OSV records),
// served from the seed. A crate without advisories is a 404, as on rustsec.org.
// Fault target: `rustsec_advisories`.
import { HttpResponse } from 'msw';
import { advisories } from '../fixtures/advisories';
import type { Registry } from './context';
import { http } from './context';

const headers = { 'Access-Control-Allow-Origin': '*' };

export const advisoryHandlers = (registry: Registry) => [
  http.untyped.get('https://rustsec.org/packages/:file', async ({ params }) => {
    const rule = registry.faults.take('rustsec_advisories');
    if (rule?.kind === 'status') return new HttpResponse('error', { status: rule.status, headers });
    if (rule?.kind === 'network') return HttpResponse.error();
    if (rule?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, rule.ms));
    if (rule?.kind === 'hang') await registry.faults.hold();
    const name = String(params.file).replace(/\.json$/, '');
    const list = advisories[name];
    if (!list) return new HttpResponse('Not Found', { status: 404, headers });
    return HttpResponse.json(list, { headers });
  }),
];
