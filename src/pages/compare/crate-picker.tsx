import { useQuery } from '@tanstack/react-query';
import { useCombobox } from 'downshift';
import { useEffect, useId, useRef, useState } from 'react';
import { crateQueries } from '@/api/queries/crates';
import type { Crate } from '@/api/types';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/cn';
import { canonicalCrateName } from '@/lib/crate-name';
import { formatNumber } from '@/lib/format';

export type CratePickerProps = {
  /** Called with a suggestion's name, or with what was typed. */
  onAdd: (name: string) => void;
  /** Crates already compared: not suggested again. */
  compared: readonly string[];
  /** Full: the field is disabled and says why. */
  full: boolean;
  autoFocus?: boolean;
};

/** What was typed, once typing pauses: one suggestion request per pause, not per key. */
function useSettled(value: string, ms: number) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** A combobox (WAI-ARIA 1.2, by downshift): type, pick a suggestion with the arrows and Enter. */
export function CratePicker({ onAdd, compared, full, autoFocus }: CratePickerProps) {
  const [input, setInput] = useState('');
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const query = useSettled(input.trim(), 200);
  const suggestions = useQuery({
    ...crateQueries.list({ q: query, per_page: 8, sort: 'relevance' }),
    enabled: query.length > 0,
  });
  const taken = new Set(compared.map(canonicalCrateName));
  const items: Crate[] =
    query.length > 0
      ? (suggestions.data?.crates ?? []).filter((c) => !taken.has(canonicalCrateName(c.name)))
      : [];

  const add = (name: string) => {
    if (!name.trim()) return;
    onAdd(name.trim());
    setInput('');
  };
  const combobox = useCombobox<Crate>({
    items,
    inputId,
    inputValue: input,
    selectedItem: null,
    itemToString: (item) => item?.name ?? '',
    onInputValueChange: ({ inputValue, type }) => {
      // Picking an item is handled below; only typing changes the text.
      if (type !== useCombobox.stateChangeTypes.ItemClick) setInput(inputValue ?? '');
    },
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem) add(selectedItem.name);
    },
  });

  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  const status = full
    ? 'Five crates are compared: remove one to add another.'
    : query.length === 0
      ? 'Type a crate name; suggestions appear as you type.'
      : suggestions.isError
        ? 'Suggestions could not be loaded; press Enter to add the name as typed.'
        : !suggestions.data || suggestions.isPlaceholderData
          ? 'Looking for crates…'
          : items.length === 0
            ? `No other crate matches “${query}”.`
            : `${items.length} suggestions: use the arrow keys and Enter.`;

  return (
    <form
      className="relative"
      onSubmit={(event) => {
        event.preventDefault();
        add(input);
      }}
    >
      <label
        {...combobox.getLabelProps()}
        htmlFor={inputId}
        className="mb-1 block text-sm font-medium"
      >
        Add a crate to compare
      </label>
      <div className="flex gap-2">
        <input
          {...combobox.getInputProps({ ref: inputRef, disabled: full })}
          type="text"
          spellCheck={false}
          autoComplete="off"
          placeholder="e.g. serde_json"
          aria-describedby="crate-picker-status"
          className="min-w-0 flex-1 rounded-md border border-line bg-surface px-3 py-2 text-ink disabled:opacity-60"
        />
        <Button type="submit" disabled={full || !input.trim()}>
          Add
        </Button>
      </div>
      <p id="crate-picker-status" aria-live="polite" className="mt-1 text-sm text-muted">
        {status}
      </p>
      <ul
        {...combobox.getMenuProps()}
        className={cn(
          'absolute top-[4.25rem] right-0 left-0 z-20 max-h-80 overflow-auto rounded-md border border-line bg-surface shadow-lg',
          !(combobox.isOpen && items.length > 0) && 'hidden',
        )}
      >
        {combobox.isOpen &&
          items.map((item, index) => (
            <li
              key={item.id}
              {...combobox.getItemProps({ item, index })}
              className={cn(
                'cursor-pointer px-3 py-2',
                combobox.highlightedIndex === index && 'bg-accent-soft',
              )}
            >
              <span className="font-semibold break-all">{item.name}</span>{' '}
              <span className="text-sm text-muted">
                v{item.default_version ?? item.max_version} · {formatNumber(item.downloads)}{' '}
                downloads
              </span>
            </li>
          ))}
      </ul>
    </form>
  );
}
