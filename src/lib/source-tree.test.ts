import { describe, expect, it } from 'vitest';
import { formatLineHash, parseLineHash, selectLine } from './line-selection';
import { ancestorsOf, buildTree, fileToOpen } from './source-tree';

describe('file tree of an archive', () => {
  const files = ['Cargo.toml', 'README.md', 'src/de/mod.rs', 'src/lib.rs', 'tests/a.rs'];

  it('nests folders, folders first', () => {
    const tree = buildTree(files);
    expect(tree.map((n) => n.name)).toEqual(['src', 'tests', 'Cargo.toml', 'README.md']);
    const src = tree[0];
    expect(src?.kind === 'dir' && src.children.map((n) => n.path)).toEqual([
      'src/de',
      'src/lib.rs',
    ]);
  });

  it('opens the entry point for the root and the first file of a folder', () => {
    expect(fileToOpen(files, '')).toBe('src/lib.rs');
    expect(fileToOpen(['Cargo.toml', 'src/main.rs'], '')).toBe('src/main.rs');
    expect(fileToOpen(files, 'src/de')).toBe('src/de/mod.rs');
    expect(fileToOpen(files, 'src/lib.rs')).toBeUndefined();
    expect(fileToOpen(files, 'nowhere')).toBeUndefined();
    expect(ancestorsOf('src/de/mod.rs')).toEqual(['src', 'src/de']);
  });
});

describe('line selection in the URL', () => {
  it('reads one line and ranges, in either order', () => {
    expect(parseLineHash('#L12')).toEqual({ start: 12, end: 12 });
    expect(parseLineHash('#L2-L4')).toEqual({ start: 2, end: 4 });
    expect(parseLineHash('#L9-L3')).toEqual({ start: 3, end: 9 });
    expect(parseLineHash('#user-content-usage')).toBeNull();
    expect(parseLineHash('#L0')).toBeNull();
    expect(parseLineHash('')).toBeNull();
  });

  it('extends from the selected line with Shift', () => {
    expect(formatLineHash(selectLine(null, 7, true))).toBe('#L7');
    expect(formatLineHash(selectLine({ start: 7, end: 7 }, 3, true))).toBe('#L3-L7');
    expect(formatLineHash(selectLine({ start: 7, end: 9 }, 12, false))).toBe('#L12');
  });
});
