import { useEffect, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useModalDialog } from '@/components/ui/use-modal-dialog';
import { cn } from '@/lib/cn';
import type { Command } from './commands';
import { usePaletteCommands } from './use-palette-commands';

export type CommandPaletteProps = {
  /** The crate whose page is open, for its tabs. */
  crate: string | null;
  onClose: () => void;
};

const GROUP_ORDER: Command['group'][] = ['Recent crates', 'Crates', 'This crate', 'Pages'];

/**
 * Ctrl+K / ⌘K: a modal combobox over crates and pages (WAI-ARIA combobox with a
 * listbox popup). The native modal <dialog> keeps focus inside and closes on Escape.
 */
export function CommandPalette({ crate, onClose }: CommandPaletteProps) {
  const dialog = useModalDialog(onClose);
  const navigate = useNavigate();
  const id = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const { commands, searching, error } = usePaletteCommands(text, crate);
  const current = Math.min(active, Math.max(commands.length - 1, 0));
  const optionId = (i: number) => `${id}-option-${i}`;

  // The active option stays in view as the arrows move it.
  useEffect(() => {
    document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  });

  const go = (command: Command | undefined) => {
    if (!command) return;
    dialog.ref.current?.close();
    navigate(command.to);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const last = commands.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: current >= last ? 0 : current + 1,
      ArrowUp: current <= 0 ? last : current - 1,
      Home: 0,
      End: last,
    };
    if (event.key in moves && commands.length > 0) {
      event.preventDefault();
      setActive(moves[event.key] ?? 0);
    } else if (event.key === 'Tab') {
      // The field is the dialog's one control (options are reached by arrows): focus stays.
      event.preventDefault();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(commands[current]);
    }
  };

  const groups = GROUP_ORDER.map((group) => ({
    group,
    items: commands.map((c, index) => ({ c, index })).filter(({ c }) => c.group === group),
  })).filter((g) => g.items.length > 0);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the backdrop click is the mouse's Escape
    <dialog
      {...dialog}
      aria-label="Command palette"
      // A click on the backdrop (the dialog element itself) closes it.
      onClick={(event) => event.target === event.currentTarget && dialog.ref.current?.close()}
      className="mx-auto mt-[10vh] flex max-h-[75vh] w-[min(40rem,calc(100%-1.5rem))] flex-col overflow-hidden rounded-xl bg-surface p-0 text-ink shadow-xl ring-1 ring-line backdrop:bg-black/50 open:flex"
    >
      <div className="border-b border-line p-3">
        <label htmlFor={`${id}-input`} className="sr-only">
          Search crates and pages
        </label>
        <input
          id={`${id}-input`}
          role="combobox"
          aria-expanded={commands.length > 0}
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={commands.length > 0 ? optionId(current) : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          placeholder="Search crates, pages…"
          autoComplete="off"
          spellCheck={false}
          className="w-full rounded-md border border-line bg-page px-3 py-2 text-base"
        />
        <p aria-live="polite" className="mt-1 min-h-5 text-xs text-muted">
          {error
            ? `Crate search failed: ${error.message}`
            : searching
              ? 'Searching crates…'
              : '↑ ↓ to move, Enter to go, Esc to close'}
        </p>
      </div>
      <div
        id={`${id}-listbox`}
        role="listbox"
        aria-label="Results"
        className="min-h-0 flex-1 overflow-y-auto p-2"
      >
        {groups.map(({ group, items }) => (
          // biome-ignore lint/a11y/useSemanticElements: a listbox groups options with role=group, not fieldset
          <div
            key={group}
            role="group"
            aria-labelledby={`${id}-${group.replaceAll(' ', '-')}`}
            className="mb-2"
          >
            <div
              id={`${id}-${group.replaceAll(' ', '-')}`}
              role="presentation"
              className="px-2 py-1 text-xs font-semibold uppercase tracking-wide text-muted"
            >
              {group}
            </div>
            {items.map(({ c, index }) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled on the combobox (aria-activedescendant)
              <div
                key={c.id}
                id={optionId(index)}
                role="option"
                tabIndex={-1}
                aria-selected={index === current}
                onClick={() => go(c)}
                onMouseMove={() => setActive(index)}
                className={cn(
                  'cursor-pointer rounded-md px-2 py-1.5',
                  index === current && 'bg-accent-soft',
                )}
              >
                <span className="font-medium break-all">{c.label}</span>
                {c.detail && <span className="ml-1 text-sm text-muted"> {c.detail}</span>}
                {c.description && (
                  <span className="block truncate text-sm text-muted"> {c.description}</span>
                )}
              </div>
            ))}
          </div>
        ))}
        {commands.length === 0 && <p className="p-2 text-sm text-muted">Nothing matches.</p>}
      </div>
    </dialog>
  );
}
