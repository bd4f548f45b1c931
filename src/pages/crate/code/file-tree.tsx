import { useState } from 'react';
import { NavLink } from 'react-router';
import { cn } from '@/lib/cn';
import { keepFocus } from '@/lib/route-focus';
import { ancestorsOf, type TreeNode } from '@/lib/source-tree';

export type FileTreeProps = {
  nodes: TreeNode[];
  selected: string;
  /** The link to one file. */
  hrefOf: (path: string) => string;
};

/**
 * The archive's folders and files. Folders holding the open file start open;
 * the others start closed, and any folder can be toggled.
 */
export function FileTree({ nodes, selected, hrefOf }: FileTreeProps) {
  const [toggled, setToggled] = useState<Record<string, boolean>>({});
  const ancestors = new Set(ancestorsOf(selected));
  const isOpen = (path: string) => toggled[path] ?? ancestors.has(path);

  const render = (list: TreeNode[], depth: number) => (
    <ul className={cn(depth > 0 && 'border-l border-line pl-2 ml-2')}>
      {list.map((node) =>
        node.kind === 'dir' ? (
          <li key={node.path}>
            <button
              type="button"
              aria-expanded={isOpen(node.path)}
              onClick={() => setToggled((t) => ({ ...t, [node.path]: !isOpen(node.path) }))}
              className="flex w-full items-center gap-1 rounded px-1.5 py-1 text-left text-sm hover:bg-surface-2"
            >
              <span aria-hidden className="inline-block w-3 text-muted">
                {isOpen(node.path) ? '▾' : '▸'}
              </span>
              <span className="break-all">{node.name}/</span>
            </button>
            {isOpen(node.path) && render(node.children, depth + 1)}
          </li>
        ) : (
          <li key={node.path}>
            <NavLink
              to={hrefOf(node.path)}
              aria-current={node.path === selected ? 'page' : undefined}
              preventScrollReset
              state={keepFocus}
              className={cn(
                'block rounded px-1.5 py-1 pl-5 text-sm break-all hover:bg-surface-2',
                node.path === selected && 'bg-accent-soft font-semibold',
              )}
            >
              {node.name}
            </NavLink>
          </li>
        ),
      )}
    </ul>
  );

  return <nav aria-label="Files">{render(nodes, 0)}</nav>;
}
