// Serves the production build (dist/) with the built-in registry answering
// /api over real HTTP, from Node. The browser gets exactly what it would get
// from a real registry: no service worker, no mock code. Used to measure
// (Lighthouse) and to try the live build offline.
//   npm run build && node scripts/serve-mock-api.mjs [port]
// COMPRESS=1 (the default) gzips every file as it is sent; COMPRESS=static sends the
// build's precompressed .br or .gz file as deploy/nginx does (brotli_static,
// gzip_static), else gzips; COMPRESS=0 sends files as they are.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip, gzipSync } from 'node:zlib';
import { createServer as createViteServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, process.env.E2E_DIST ?? 'dist');
const port = Number(process.argv[2] ?? 4400);
const compress = process.env.COMPRESS ?? '1';

// Vite loads the registry's TypeScript sources for Node.
const vite = await createViteServer({
  root,
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  logLevel: 'error',
});
const { createMockRegistry } = await vite.ssrLoadModule('/src/mocks/registry.ts');
const { getResponse } = await import('msw');
const registry = createMockRegistry({ now: new Date() });

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.json': 'application/json',
};

const server = createHttpServer(async (req, res) => {
  // The Host header, so that links the registry builds (README redirects) work
  // behind a proxy too.
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? `localhost:${port}`}`);
  if (/^\/(api|mock-cdn|mock-avatars)\//.test(url.pathname)) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    const request = new Request(url, {
      method: req.method,
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
    });
    const response = await getResponse(registry.handlers, request);
    if (!response) {
      res.writeHead(404).end();
      return;
    }
    const headers = Object.fromEntries(response.headers);
    let answer = Buffer.from(await response.arrayBuffer());
    // Text answers gzipped, as crates.io's nginx does (gzip_types application/json,
    // gzip_min_length 512); crate archives are gzip already, avatars are images.
    if (
      compress !== '0' &&
      String(req.headers['accept-encoding'] ?? '').includes('gzip') &&
      /json|html|text/.test(headers['content-type'] ?? '') &&
      !headers['content-encoding'] &&
      answer.length >= 512
    ) {
      answer = gzipSync(answer);
      Object.assign(headers, { 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
      delete headers['content-length'];
    }
    res.writeHead(response.status, headers);
    res.end(answer);
    return;
  }
  const file = normalize(join(dist, decodeURIComponent(url.pathname)));
  const isFile = file.startsWith(dist) && existsSync(file) && statSync(file).isFile();
  const path = isFile ? file : join(dist, 'index.html');
  const immutable = isFile && url.pathname.startsWith('/assets/');
  const accepts = String(req.headers['accept-encoding'] ?? '');
  // The build's own .br / .gz next to the file (scripts/precompress.mjs), as nginx sends them.
  const precompressed =
    compress === 'static' &&
    [
      ['br', '.br'],
      ['gzip', '.gz'],
    ].find(([coding, suffix]) => accepts.includes(coding) && existsSync(path + suffix));
  const gzip = !precompressed && compress !== '0' && accepts.includes('gzip');
  const coding = precompressed ? precompressed[0] : gzip ? 'gzip' : undefined;
  res.writeHead(200, {
    'Content-Type': types[extname(path)] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(coding ? { 'Content-Encoding': coding, Vary: 'Accept-Encoding' } : {}),
  });
  const stream = createReadStream(precompressed ? path + precompressed[1] : path);
  if (gzip) stream.pipe(createGzip()).pipe(res);
  else stream.pipe(res);
});

server.listen(port, () =>
  console.log(`dist/ with the mock registry's API on http://localhost:${port}`),
);
