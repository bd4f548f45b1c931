// The chunking rule of scripts/first-visit-chunks.ts on a small module graph shaped like the
// app's: an entry, two first-visit pages (the crate overview and the Versions tab, in the crate
// layout) and two other pages (the dependencies tab, compare).
import { describe, expect, it } from 'vitest';
import { type ChunkingContext, firstVisitChunk } from './first-visit-chunks';

type Node = { imports?: string[]; lazy?: string[]; entry?: boolean; bytes?: number };

function graph(nodes: Record<string, Node>): ChunkingContext {
  const id = (name: string) => `/repo/${name}`;
  const importers = (name: string) =>
    Object.keys(nodes)
      .filter((other) => nodes[other]?.imports?.includes(name))
      .map(id);
  const dynamicImporters = (name: string) =>
    Object.keys(nodes)
      .filter((other) => nodes[other]?.lazy?.includes(name))
      .map(id);
  return {
    getModuleInfo(moduleId) {
      const name = moduleId.replace('/repo/', '');
      const node = nodes[name];
      if (!node) return null;
      return {
        isEntry: node.entry ?? false,
        importers: importers(name),
        dynamicImporters: dynamicImporters(name),
        importedIds: (node.imports ?? []).map(id),
        code: 'x'.repeat(node.bytes ?? 100),
      };
    },
  };
}

const LAYOUT = 'src/pages/crate/crate-layout.tsx';
const OVERVIEW = 'src/pages/crate/crate-overview-page.tsx';
const VERSIONS = 'src/pages/crate/crate-versions-page.tsx';
const DEPENDENCIES = 'src/pages/crate/crate-dependencies-page.tsx';
const COMPARE = 'src/pages/compare/compare-page.tsx';

const app = graph({
  'src/main.tsx': {
    entry: true,
    imports: ['src/lib/format.ts'],
    lazy: [LAYOUT, OVERVIEW, VERSIONS, DEPENDENCIES, COMPARE],
  },
  'src/lib/format.ts': {},
  [LAYOUT]: { imports: ['src/components/crate/use-crate.ts'] },
  'src/components/crate/use-crate.ts': { imports: ['src/lib/format.ts'] },
  [OVERVIEW]: {
    imports: ['src/components/ui/relative-time.tsx', 'src/components/readme/readme.tsx'],
  },
  'src/components/readme/readme.tsx': {},
  [VERSIONS]: {
    imports: [
      'src/components/ui/relative-time.tsx',
      'src/components/ui/modal.tsx',
      'src/lib/cargo-semver.ts',
      'src/components/download-chart/chart-frame.tsx',
    ],
  },
  'src/components/download-chart/chart-frame.tsx': {},
  [COMPARE]: { imports: ['src/components/download-chart/chart-frame.tsx'] },
  'src/components/ui/relative-time.tsx': {},
  'src/components/ui/modal.tsx': {},
  'src/lib/cargo-semver.ts': { imports: ['node_modules/semver/index.js'] },
  'node_modules/semver/index.js': { bytes: 40_000 },
  [DEPENDENCIES]: { imports: ['src/lib/cargo-semver.ts', 'src/components/ui/modal.tsx'] },
});

const chunkOf = (name: string) => firstVisitChunk(`/repo/${name}`, app);

describe('firstVisitChunk', () => {
  it('puts a first-visit page and what only it uses into one chunk named for it', () => {
    expect(chunkOf(OVERVIEW)).toBe('crate-overview-page');
    expect(chunkOf('src/components/readme/readme.tsx')).toBe('crate-overview-page');
    expect(chunkOf(VERSIONS)).toBe('crate-versions-page');
  });

  it('puts what the crate layout uses with the layout', () => {
    expect(chunkOf(LAYOUT)).toBe('crate-layout');
    expect(chunkOf('src/components/crate/use-crate.ts')).toBe('crate-layout');
  });

  it('gives what two first-visit pages share one chunk of its own', () => {
    expect(chunkOf('src/components/ui/relative-time.tsx')).toBe('first-visit-shared');
  });

  it('keeps what other pages also use out of the pages’ own chunks', () => {
    expect(chunkOf('src/components/ui/modal.tsx')).toBe('crate-versions-page-shared');
  });

  it('keeps the downloads chart’s parts in a chunk of their own', () => {
    expect(chunkOf('src/components/download-chart/chart-frame.tsx')).toBe('download-chart-shared');
  });

  it('leaves to rolldown a module that would drag a library into a shared chunk', () => {
    expect(chunkOf('src/lib/cargo-semver.ts')).toBeNull();
    expect(chunkOf('node_modules/semver/index.js')).toBeNull();
  });

  it('leaves to rolldown what no first-visit page uses', () => {
    expect(chunkOf(DEPENDENCIES)).toBeNull();
  });
});
