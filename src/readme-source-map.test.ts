// README's source map names every folder and module of src/ and of the folders it
// details, so it cannot silently fall behind the tree. (Only presence is checked:
// what the map says about each entry is for reviewers.)
import { describe, expect, it } from 'vitest';
import readme from '../README.md?raw';

const files = Object.keys(
  import.meta.glob(['./**/*.{ts,tsx,json,css}', '!./**/*.test.{ts,tsx}', '!./**/*.d.ts']),
).map((path) => path.slice(2));

const map = readme.match(/## Source map\n+```\n([\s\S]*?)```/)?.[1] ?? '';

/** The lines of the map under `  <folder>/`, up to the next entry at its indent. */
function section(folder: string) {
  const lines = map.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`  ${folder}/`));
  if (start < 0) return '';
  const end = lines.findIndex((line, i) => i > start && /^ {2}\S/.test(line));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** Entries directly in `folder` ('' for src/): `name/` for folders, file names for files. */
function entries(folder: string) {
  const prefix = folder ? `${folder}/` : '';
  const names = new Set<string>();
  for (const path of files) {
    if (!path.startsWith(prefix)) continue;
    const [first, ...rest] = path.slice(prefix.length).split('/');
    names.add(rest.length > 0 ? `${first}/` : (first ?? ''));
  }
  return [...names].sort();
}

/** A file may be named with or without its extension; a folder with its slash. */
function mentions(text: string, entry: string) {
  const names = entry.endsWith('/') ? [entry] : [entry, entry.replace(/\.(tsx?|json|css)$/, '')];
  return names.some((name) =>
    new RegExp(`(?<![\\w.-])${name.replaceAll('.', '\\.')}(?![\\w-]|\\.\\w)`).test(text),
  );
}

describe("README's source map", () => {
  it('is found, with the files it maps', () => {
    expect(map).toContain('src/');
    expect(files).toContain('lib/paths.ts');
  });

  it.each(['', 'api', 'components', 'pages', 'routes', 'mocks', 'lib'])(
    'names every entry of src/%s',
    (folder) => {
      const text = folder ? section(folder) : map;
      expect(entries(folder).filter((entry) => !mentions(text, entry))).toEqual([]);
    },
  );
});
