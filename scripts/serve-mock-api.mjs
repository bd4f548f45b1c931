// Serves the production build (dist/) with the built-in registry answering
// /api over real HTTP, from Node. The browser gets exactly what it would get
// from a real registry: no service worker, no mock code. Used to measure
// (Lighthouse) and to try the live build offline.
//   npm run build && node scripts/serve-mock-api.mjs [port]   (COMPRESS=0: no gzip)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { createServer as createViteServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, process.env.E2E_DIST ?? 'dist');
const port = Number(process.argv[2] ?? 4400);

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
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
    return;
  }
  const file = normalize(join(dist, decodeURIComponent(url.pathname)));
  const isFile = file.startsWith(dist) && existsSync(file) && statSync(file).isFile();
  const path = isFile ? file : join(dist, 'index.html');
  const immutable = isFile && url.pathname.startsWith('/assets/');
  // Compressed as any real static host would serve it.
  // (COMPRESS=0 serves files as they are, for measuring without compression.)
  const gzip =
    process.env.COMPRESS !== '0' && /gzip/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(200, {
    'Content-Type': types[extname(path)] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
  });
  const stream = createReadStream(path);
  if (gzip) stream.pipe(createGzip()).pipe(res);
  else stream.pipe(res);
});

server.listen(port, () =>
  console.log(`dist/ with the mock registry's API on http://localhost:${port}`),
);
