import { ScrollTable } from '@/components/ui/scroll-table';
import type { MetadataRow } from '@/lib/version-diff';

export type MetadataDiffProps = { rows: MetadataRow[]; from: string; to: string };

/** MSRV, edition, licence, size, lines of code, binaries and publisher, side by side. */
export function MetadataDiff({ rows, from, to }: MetadataDiffProps) {
  return (
    <ScrollTable label={`Metadata of ${from} and ${to}`}>
      <thead className="border-b border-line text-muted">
        <tr>
          <th scope="col" className="p-2 font-medium">
            <span className="sr-only">Property</span>
          </th>
          <th scope="col" className="p-2 font-mono font-medium">
            {from}
          </th>
          <th scope="col" className="p-2 font-mono font-medium">
            {to}
          </th>
          <th scope="col" className="p-2 font-medium">
            <span className="sr-only">Changed</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {rows.map((row) => (
          <tr key={row.label} className={row.changed ? 'bg-warn-soft/50' : undefined}>
            <th scope="row" className="p-2 font-medium whitespace-nowrap">
              {row.label}
            </th>
            <td className="p-2 break-words">{row.from}</td>
            <td className="p-2 break-words">{row.to}</td>
            <td className="p-2 text-xs font-semibold whitespace-nowrap text-warn">
              {row.changed ? 'changed' : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
