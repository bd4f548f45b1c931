import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { MAX_COMPARED } from '@/lib/compare-params';
import { paths } from '@/lib/paths';

export type CompareBarProps = { selected: readonly string[]; onClear: () => void };

/** Picked search results, and the way to compare them (2 to 5). */
export function CompareBar({ selected, onClear }: CompareBarProps) {
  if (selected.length === 0) {
    return (
      <p className="mt-4 text-sm text-muted">
        Tick two to {MAX_COMPARED} crates to compare them side by side.
      </p>
    );
  }
  const ready = selected.length >= 2 && selected.length <= MAX_COMPARED;
  return (
    <section
      aria-label="Crates to compare"
      className="sticky bottom-2 z-10 mt-4 flex flex-wrap items-center gap-3 rounded-lg bg-surface p-3 shadow-lg ring-1 ring-line"
    >
      <p aria-live="polite" className="min-w-0 flex-1 text-sm break-words">
        {selected.length} selected: {selected.join(', ')}
        {selected.length === 1 && ' (pick one more)'}
        {selected.length > MAX_COMPARED && ` (at most ${MAX_COMPARED})`}
      </p>
      <Button size="sm" variant="ghost" onClick={onClear}>
        Clear
      </Button>
      {ready && (
        <Link
          to={paths.compare(selected)}
          className="rounded-md border border-accent bg-accent px-3 py-1 text-sm font-medium text-accent-ink hover:brightness-110"
        >
          Compare {selected.length} crates
        </Link>
      )}
    </section>
  );
}
