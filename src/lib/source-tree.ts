// The file tree of a source archive, built from the manifest's flat paths.

export type TreeNode =
  | { kind: 'dir'; name: string; path: string; children: TreeNode[] }
  | { kind: 'file'; name: string; path: string };

/** Folders first, then files, each by name (case-insensitive), as file browsers list them. */
export function buildTree(paths: string[]): TreeNode[] {
  const root: TreeNode[] = [];
  const dirs = new Map<string, TreeNode[]>([['', root]]);
  for (const path of paths) {
    const parts = path.split('/');
    let parent = root;
    parts.forEach((name, i) => {
      const here = parts.slice(0, i + 1).join('/');
      if (i === parts.length - 1) {
        parent.push({ kind: 'file', name, path: here });
        return;
      }
      let children = dirs.get(here);
      if (!children) {
        children = [];
        dirs.set(here, children);
        parent.push({ kind: 'dir', name, path: here, children });
      }
      parent = children;
    });
  }
  const sort = (nodes: TreeNode[]) => {
    nodes.sort(
      (a, b) =>
        (a.kind === b.kind ? 0 : a.kind === 'dir' ? -1 : 1) ||
        a.name.toLowerCase().localeCompare(b.name.toLowerCase()),
    );
    for (const node of nodes) if (node.kind === 'dir') sort(node.children);
  };
  sort(root);
  return root;
}

/** `src/de/mod.rs` → `['src', 'src/de']`: the folders to open to show a file. */
export function ancestorsOf(path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

const PREFERRED = ['src/lib.rs', 'src/main.rs', 'Cargo.toml'];

/**
 * The file to show for a path that is not a file: for the crate root, the
 * library or binary entry point (else Cargo.toml); for a folder, its first file.
 * `undefined` when `path` is a file already or matches nothing.
 */
export function fileToOpen(files: string[], path: string): string | undefined {
  if (files.includes(path)) return undefined;
  if (!path) return PREFERRED.find((p) => files.includes(p)) ?? [...files].sort()[0];
  const prefix = `${path.replace(/\/+$/, '')}/`;
  return files.filter((f) => f.startsWith(prefix)).sort()[0];
}
