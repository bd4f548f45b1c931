import { useSuspenseQuery } from '@tanstack/react-query';
import { crateQueries } from '@/api/queries/crates';
import { EmptyState } from '@/components/ui/empty-state';
import { MAX_COMPARED } from '@/lib/compare-params';
import { canonicalCrateName } from '@/lib/crate-name';
import { CompareDownloads } from './compare-downloads';
import { CompareFacts } from './compare-facts';
import { CratePicker } from './crate-picker';
import { type CompareColumn, useComparedNames } from './use-compared-names';

/** `/compare?crates=a,b`: up to five crates side by side, the URL being the state. */
export function Component() {
  const { names, dropped, add, remove } = useComparedNames();
  return (
    <>
      <title>
        {names.length > 0
          ? `Compare ${names.join(', ')} - crates.io`
          : 'Compare crates - crates.io'}
      </title>
      <h1 className="text-2xl font-bold break-words">Compare crates</h1>
      <div className="mt-4 max-w-xl">
        <CratePicker
          onAdd={add}
          compared={names}
          full={names.length >= MAX_COMPARED}
          // Arriving from a crate page (one crate): ready to type the next one.
          autoFocus={names.length < 2}
        />
      </div>
      {dropped.length > 0 && (
        <p role="note" className="mt-4 rounded-md bg-warn-soft p-3 text-sm">
          At most {MAX_COMPARED} crates can be compared; left out: {dropped.join(', ')}.
        </p>
      )}
      {names.length === 0 ? (
        <div className="mt-6">
          <EmptyState title="Nothing to compare yet">
            <p>Add two to five crates to see their downloads and facts side by side.</p>
          </EmptyState>
        </div>
      ) : (
        <Comparison names={names} onRemove={remove} />
      )}
    </>
  );
}

function Comparison({ names, onRemove }: { names: string[]; onRemove: (name: string) => void }) {
  const { data } = useSuspenseQuery(crateQueries.byNames(names));
  const byName = new Map(data.map((c) => [canonicalCrateName(c.name), c]));
  const columns: CompareColumn[] = names.map((name, slot) => ({
    name,
    slot,
    crate: byName.get(canonicalCrateName(name)) ?? null,
  }));
  const known = columns.flatMap((c) => (c.crate ? [{ name: c.crate.name, slot: c.slot }] : []));
  return (
    <div className="mt-6 space-y-8">
      {names.length === 1 && (
        <p className="text-sm text-muted">Add at least one more crate to compare.</p>
      )}
      {known.length > 0 && <CompareDownloads crates={known} />}
      <CompareFacts columns={columns} onRemove={onRemove} />
    </div>
  );
}
