// Fills index.html's `#early-requests` data block with src/routes/early-requests.ts and, for
// each route, the chunks its code needs beyond the entry's (found in the bundle). A data
// block, not a script: its content changes with every build, while the inline script that
// reads it keeps its CSP hash. Off in mock builds: there the service worker that answers
// /api is not running yet when the page starts.
import { resolve } from 'node:path';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { EARLY_EVERYWHERE, EARLY_PARAMS, EARLY_ROUTES } from '../src/routes/early-requests.ts';

const PLACEHOLDER = '<script type="application/json" id="early-requests"></script>';

/** The chunk files a module needs, its static imports included, in load order. */
function chunksOf(bundle: OutputBundle, root: string, module: string): string[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const id = resolve(root, module);
  const home =
    chunks.find((c) => c.facadeModuleId === id) ?? chunks.find((c) => c.moduleIds.includes(id));
  if (!home) throw new Error(`early-requests: no chunk holds ${module}`);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of (bundle[file] as OutputChunk).imports) visit(imported);
  };
  visit(home.fileName);
  return [...seen];
}

export function earlyRequests(enabled: boolean): Plugin {
  let root = '';
  return {
    name: 'early-requests',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!html.includes(PLACEHOLDER))
          throw new Error('early-requests: index.html has no data block');
        if (!enabled || !bundle) return html;
        const entry = Object.values(bundle).find(
          (c): c is OutputChunk => c.type === 'chunk' && c.isEntry,
        );
        const loaded = new Set(entry ? chunksOf(bundle, root, entry.facadeModuleId ?? '') : []);
        const table = {
          params: EARLY_PARAMS,
          everywhere: EARLY_EVERYWHERE,
          routes: EARLY_ROUTES.map(({ path, modules, api, readme }) => ({
            path,
            chunks: [
              ...new Set(
                modules.flatMap((m) => chunksOf(bundle, root, m)).filter((f) => !loaded.has(f)),
              ),
            ].map((file) => `/${file}`),
            api,
            readme: Boolean(readme),
          })),
        };
        // `<` escaped, so no string in the table can close the script element.
        const json = JSON.stringify(table).replace(/</g, '\\u003c');
        return html.replace(PLACEHOLDER, PLACEHOLDER.replace('><', `>${json}<`));
      },
    },
  };
}
