import type { Dependency } from '@/api/types';
import { ColumnHeads } from '@/components/ui/column-heads';
import { ScrollTable } from '@/components/ui/scroll-table';
import type { DependencyDiff as Diff } from '@/lib/version-diff';

export type DependencyDiffProps = { diff: Diff<Dependency> };

/** "^1.1, optional, no default features, features: http1, client" */
export function describeDependency(d: Dependency): string {
  const parts = [d.req];
  if (d.optional) parts.push('optional');
  if (!d.default_features) parts.push('no default features');
  if (d.features.length > 0) parts.push(`features: ${d.features.join(', ')}`);
  return parts.join(', ');
}

/** Dependencies added, removed and changed, with their requirements before and after. */
export function DependencyDiff({ diff }: DependencyDiffProps) {
  const rows = [
    ...diff.added.map((d) => ({ change: 'added', d, before: '', after: describeDependency(d) })),
    ...diff.removed.map((d) => ({
      change: 'removed',
      d,
      before: describeDependency(d),
      after: '',
    })),
    ...diff.changed.map(({ from, to }) => ({
      change: 'changed',
      d: to,
      before: describeDependency(from),
      after: describeDependency(to),
    })),
  ];
  return (
    <>
      <p className="mb-3 text-sm">
        {diff.added.length} added, {diff.removed.length} removed, {diff.changed.length} changed,{' '}
        {diff.unchanged} unchanged
      </p>
      {rows.length > 0 && (
        <ScrollTable label="Dependency changes">
          <ColumnHeads columns={['Change', 'Dependency', 'Kind', 'Before', 'After']} />
          <tbody className="divide-y divide-line">
            {rows.map(({ change, d, before, after }) => (
              <tr key={`${change}-${d.kind}-${d.crate_id}-${d.target ?? ''}`}>
                <td className="p-2 font-semibold">{change}</td>
                <th scope="row" className="p-2 font-mono font-semibold">
                  {d.crate_id}
                  {d.target && (
                    <span className="block text-xs font-normal text-muted">{d.target}</span>
                  )}
                </th>
                <td className="p-2">{d.kind}</td>
                <td className="p-2 font-mono">{before || <span className="text-muted">—</span>}</td>
                <td className="p-2 font-mono">{after || <span className="text-muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </>
  );
}
