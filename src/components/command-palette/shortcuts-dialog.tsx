import { Modal } from '@/components/ui/modal';
import { isApple } from '@/lib/keyboard';

const SHORTCUTS: [keys: string[][], what: string][] = [
  [[[isApple() ? '⌘' : 'Ctrl', 'K']], 'Open the command palette'],
  [[['S'], ['/']], 'Focus the search box'],
  [[['?']], 'Show this list'],
  [[['g', 'r']], 'On a crate page: go to its Readme'],
  [[['g', 'v']], 'On a crate page: go to its Versions'],
  [[['g', 'd']], 'On a crate page: go to its Dependencies'],
  [[['g', 'f']], 'On a crate page: go to its Features'],
  [[['Esc']], 'Close a dialog'],
];

/** `?`: every keyboard shortcut. They never fire while typing in a field. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} size="md">
      <table className="mt-3 w-full text-left text-sm">
        <caption className="sr-only">Keys and what they do</caption>
        <thead>
          <tr>
            <th scope="col" className="py-1 pr-3">
              Keys
            </th>
            <th scope="col" className="py-1">
              Action
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {SHORTCUTS.map(([alternatives, what]) => (
            <tr key={what}>
              <td className="py-1.5 pr-3 whitespace-nowrap">
                {alternatives.map((keys, i) => (
                  <span key={keys.join('+')}>
                    {i > 0 && <span className="text-muted"> or </span>}
                    {keys.map((key, j) => (
                      <span key={key}>
                        {j > 0 && ' '}
                        <kbd className="rounded border border-line bg-surface-2 px-1.5 font-mono text-xs">
                          {key}
                        </kbd>
                      </span>
                    ))}
                  </span>
                ))}
              </td>
              <td className="py-1.5">{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-sm text-muted">Shortcuts never fire while you type in a field.</p>
      <div className="mt-4 flex justify-end">
        <button
          type="button"
          onClick={onClose}
          className="rounded-md border border-line bg-surface px-4 py-2 text-sm font-medium hover:bg-surface-2"
        >
          Close
        </button>
      </div>
    </Modal>
  );
}
