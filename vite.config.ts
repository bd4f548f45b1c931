/// <reference types="vitest/config" />
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin, type ProxyOptions } from 'vite';
import { earlyRequests } from './scripts/early-requests-plugin.ts';
import { firstVisitChunk } from './scripts/first-visit-chunks.ts';
import { precompress } from './scripts/precompress.mjs';

// The one setting for live mode: which registry `/api` is proxied to.
// A name (crates.io, staging) or any URL, such as a local crates.io backend.
const REGISTRIES: Record<string, string> = {
  'crates.io': 'https://crates.io',
  staging: 'https://staging.crates.io',
};

function registryTarget(value: string | undefined): string {
  const chosen = value?.trim() || 'crates.io';
  return REGISTRIES[chosen] ?? chosen;
}

// Files in public/ that only the built-in mock registry needs. A build without
// the mock must not ship them (public/ is copied verbatim into every build).
const MOCK_ONLY_PUBLIC_FILES = ['mockServiceWorker.js', 'mock-github-authorize.html'];

function dropMockFiles(enabled: boolean): Plugin {
  return {
    name: 'drop-mock-files',
    apply: 'build',
    writeBundle(options) {
      if (enabled || !options.dir) return;
      for (const file of MOCK_ONLY_PUBLIC_FILES)
        rmSync(resolve(options.dir, file), { force: true });
    },
  };
}

/** gzip and brotli copies of the build, for the web server to send as they are. */
function precompressBuild(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // After writeBundle: public/ has been copied and mock-only files removed.
    closeBundle() {
      precompress(outDir);
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const mocked = env.VITE_API_MOCKS === 'true';
  const target = registryTarget(env.REGISTRY);
  const proxy: Record<string, ProxyOptions> | undefined = mocked
    ? undefined
    : {
        '/api': {
          target,
          changeOrigin: true,
          // Let the registry's session cookie be stored for localhost.
          cookieDomainRewrite: '',
          headers: { 'User-Agent': 'crates-frontend (local development proxy)' },
        },
      };

  return {
    plugins: [
      react(),
      tailwindcss(),
      earlyRequests(!mocked),
      dropMockFiles(mocked),
      precompressBuild(),
    ],
    resolve: { alias: { '@': resolve(import.meta.dirname, 'src') } },
    build: {
      target: 'es2022',
      sourcemap: false,
      manifest: true,
      rolldownOptions: {
        output: {
          // Everything the entry imports statically in one chunk, instead of a dozen
          // small common chunks: one gzip stream (smaller) and fewer requests. The pages a
          // visit starts on get a few chunks each instead of up to 29 (first-visit-chunks.ts);
          // a module's own imports stay where the rule puts them, not pulled into its chunk.
          codeSplitting: {
            groups: [
              { name: 'initial', tags: ['$initial'], priority: 1 },
              { name: firstVisitChunk, includeDependenciesRecursively: false },
            ],
          },
        },
      },
    },
    server: { port: 5173, proxy },
    preview: { port: 4319, strictPort: true, proxy },
    test: {
      environment: 'jsdom',
      setupFiles: ['src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
      restoreMocks: true,
      // One jsdom and one mock registry per worker, not per file: their setup was 140 of
      // the suite's 195 s. src/test/setup.ts resets what a test leaves in the document.
      isolate: false,
      testTimeout: 15_000,
    },
  };
});
