import { formatNumber } from '@/lib/format';
import { type AdoptionData, formatShare } from '@/lib/version-lines';

export type AdoptionTableProps = { data: AdoptionData; caption: string };

/** Each line's downloads over the window and its share, as the chart stacks them. */
export function AdoptionTable({ data, caption }: AdoptionTableProps) {
  const cell = 'px-3 py-1.5 text-right tabular-nums';
  return (
    <div className="overflow-x-auto rounded-md ring-1 ring-line">
      <table className="w-full border-collapse bg-surface text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-surface-2">
          <tr>
            <th scope="col" className="px-3 py-1.5 text-left">
              Line
            </th>
            <th scope="col" className={cell}>
              Downloads, 90 days
            </th>
            <th scope="col" className={cell}>
              Share
            </th>
          </tr>
        </thead>
        <tbody>
          {data.groups.map((g) => (
            <tr key={g.label} className="border-t border-line">
              <th scope="row" className="px-3 py-1.5 text-left font-medium">
                {g.label}
              </th>
              <td className={cell}>{formatNumber(g.total)}</td>
              <td className={cell}>{formatShare(g.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
