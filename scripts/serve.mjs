// `npm run serve`: the production build (dist/) served by nginx with the deployment
// configuration in deploy/nginx, in the foreground, without root: the configuration
// is rendered into a temporary prefix and nginx runs from there.
//
//   npm run serve -- [--port 4342] [--dist dist] [--registry crates.io|staging|URL]
//   (or PORT, DIST, REGISTRY in the environment; NGINX overrides /usr/sbin/nginx)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const REGISTRIES = { 'crates.io': 'https://crates.io', staging: 'https://staging.crates.io' };
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const root = resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4342' },
    dist: { type: 'string', default: process.env.DIST ?? 'dist' },
    registry: { type: 'string', default: process.env.REGISTRY || 'crates.io' },
    'access-log': { type: 'boolean', default: false },
  },
});

const nginx = process.env.NGINX ?? '/usr/sbin/nginx';
if (!existsSync(nginx)) {
  console.error(`serve: ${nginx} not found; install nginx (Debian: apt-get install nginx-light)`);
  process.exit(1);
}
const dist = resolve(root, values.dist);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`serve: ${dist}/index.html not found; run npm run build first`);
  process.exit(1);
}
const registry = new URL(REGISTRIES[values.registry] ?? values.registry);

/** The first name server of the machine, for resolving the registry per request. */
function resolverAddress() {
  try {
    const conf = readFileSync('/etc/resolv.conf', 'utf8');
    const address = /^nameserver\s+(\S+)/m.exec(conf)?.[1];
    if (address) return address.includes(':') ? `[${address}]` : address;
  } catch {}
  return '127.0.0.53';
}

const settings = {
  PORT: values.port,
  DIST: dist,
  REGISTRY: registry.origin,
  REGISTRY_HOST: registry.hostname,
  RESOLVER: resolverAddress(),
  ACCESS_LOG: values['access-log'] ? '/dev/stdout' : 'off',
};

const brotli = existsSync(BROTLI_MODULE);
if (!brotli)
  console.warn(
    'serve: no brotli module (apt-get install libnginx-mod-http-brotli-static): gzip only',
  );

function render(file) {
  let text = readFileSync(join(root, 'deploy/nginx', file), 'utf8').replace(
    /\$\{([A-Z_]+)\}/g,
    (whole, name) => settings[name] ?? whole,
  );
  if (!brotli) text = text.replace(/^\s*(?:load_module \S+brotli\S+|brotli_static \w+);\n/gm, '');
  return text;
}

const prefix = mkdtempSync(join(tmpdir(), 'crates-frontend-nginx-'));
mkdirSync(join(prefix, 'tmp'));
for (const file of ['nginx.conf', 'site.conf', 'security-headers.conf'])
  writeFileSync(join(prefix, file), render(file));

const child = spawn(
  nginx,
  // Started as root, nginx's workers drop to `nobody`, who cannot read a checkout in a
  // private directory (mktemp -d is 0700): a local server may keep root's rights.
  [
    '-p',
    prefix,
    '-c',
    join(prefix, 'nginx.conf'),
    '-e',
    'stderr',
    '-g',
    process.getuid?.() === 0 ? 'daemon off; user root;' : 'daemon off;',
  ],
  {
    stdio: 'inherit',
  },
);
console.log(`serve: ${dist} on http://localhost:${values.port}, /api -> ${registry.origin}`);

const cleanUp = () => rmSync(prefix, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(signal, () => child.kill('SIGQUIT'));
child.on('exit', (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 1 : 0));
});
