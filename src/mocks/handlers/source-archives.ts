// The CDN's source archives (`<cdn_base>/crates/<name>/<name>-<version>.zip` and
// its `.zip.json` manifest). Like S3: a missing file is a 403, and the zip answers
// byte ranges with 206. Faults: `archive_manifest`, `archive_file`.
import { HttpResponse } from 'msw';
import { archiveKey, manifestJson, type SourceArchiveRow } from '../archives';
import type { Registry } from './context';
import { http } from './context';

export const CDN_PREFIX = '/mock-cdn';

const denied = () => new HttpResponse('Access Denied', { status: 403 });

/** The archive a `<name>-<version>.zip` file name stands for. */
function findArchive(registry: Registry, name: string, file: string, suffix: string) {
  if (!file.startsWith(`${name}-`) || !file.endsWith(suffix)) return undefined;
  const num = file.slice(name.length + 1, -suffix.length);
  return registry.db.archives.get(archiveKey(name, num));
}

function fault(registry: Registry, target: 'archive_manifest' | 'archive_file') {
  const rule = registry.faults.take(target);
  if (rule?.kind === 'status') return new HttpResponse('error', { status: rule.status });
  if (rule?.kind === 'network') return HttpResponse.error();
  return null;
}

/** `bytes=a-b`, `bytes=a-` or `bytes=-n`, as one range within `size`; `null` if unsatisfiable. */
export function parseRange(header: string, size: number): [number, number] | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const [first, last] =
    match[1] === ''
      ? [Math.max(0, size - Number(match[2])), size - 1]
      : [Number(match[1]), match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)];
  return first <= last && first < size ? [first, last] : null;
}

function zipResponse(archive: SourceArchiveRow, range: string | null) {
  const size = archive.zip.length;
  const headers = {
    'Content-Type': 'application/zip',
    'Accept-Ranges': 'bytes',
    'Access-Control-Allow-Origin': '*',
  };
  if (!range) return new HttpResponse(archive.zip.slice(), { headers });
  const bounds = parseRange(range, size);
  if (!bounds) {
    return new HttpResponse(null, {
      status: 416,
      headers: { ...headers, 'Content-Range': `bytes */${size}` },
    });
  }
  const [first, last] = bounds;
  return new HttpResponse(archive.zip.slice(first, last + 1), {
    status: 206,
    headers: { ...headers, 'Content-Range': `bytes ${first}-${last}/${size}` },
  });
}

export const sourceArchiveHandlers = (registry: Registry) => [
  http.untyped.get(`*${CDN_PREFIX}/crates/:name/:file`, async ({ params, request }) => {
    const name = String(params.name);
    const file = String(params.file);
    if (file.endsWith('.zip.json')) {
      const failed = fault(registry, 'archive_manifest');
      if (failed) return failed;
      const archive = findArchive(registry, name, file, '.zip.json');
      if (!archive) return denied();
      return new HttpResponse(await manifestJson(archive), {
        headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' },
      });
    }
    const failed = fault(registry, 'archive_file');
    if (failed) return failed;
    const archive = findArchive(registry, name, file, '.zip');
    if (!archive) return denied();
    return zipResponse(archive, request.headers.get('Range'));
  }),
];
