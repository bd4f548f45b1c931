import { ColumnHeads } from '@/components/ui/column-heads';
import { ScrollTable } from '@/components/ui/scroll-table';
import type { FeatureDiff as Diff } from '@/lib/version-diff';

/** Features added, removed, and those that now enable something else. */
export function FeatureDiff({ diff }: { diff: Diff }) {
  const rows = [
    ...diff.added.map((name) => ({ change: 'added', name, before: null, after: null })),
    ...diff.removed.map((name) => ({ change: 'removed', name, before: null, after: null })),
    ...diff.changed.map((c) => ({
      change: 'changed',
      name: c.name,
      before: c.from.join(', ') || 'nothing',
      after: c.to.join(', ') || 'nothing',
    })),
  ];
  if (rows.length === 0) return <p className="text-sm text-muted">The features are the same.</p>;
  return (
    <ScrollTable label="Feature changes">
      <ColumnHeads columns={['Change', 'Feature', 'Enabled before', 'Enables now']} />
      <tbody className="divide-y divide-line">
        {rows.map((r) => (
          <tr key={`${r.change}-${r.name}`}>
            <td className="p-2 font-semibold">{r.change}</td>
            <th scope="row" className="p-2 font-mono font-semibold">
              {r.name}
            </th>
            <td className="p-2 font-mono">{r.before ?? <span className="text-muted">—</span>}</td>
            <td className="p-2 font-mono">{r.after ?? <span className="text-muted">—</span>}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
