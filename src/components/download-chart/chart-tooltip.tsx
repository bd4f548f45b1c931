import { formatDate, formatNumber } from '@/lib/format';
import type { ChartRow, ChartSeries } from './chart-data';

export type ChartTooltipProps = { row: ChartRow | undefined; series: ChartSeries[] };

/** Every series on the hovered day (those that existed then), with the day's total. */
export function ChartTooltip({ row, series }: ChartTooltipProps) {
  if (!row) return null;
  const shown = series.flatMap((s, i) => {
    const value = row.values[i];
    return value === null || value === undefined ? [] : [{ ...s, value }];
  });
  const total = shown.reduce((sum, s) => sum + s.value, 0);
  return (
    <div className="min-w-44 rounded-md border border-line bg-surface px-3 py-2 text-sm text-ink shadow-lg">
      <p className="mb-1 font-semibold">{formatDate(row.date)}</p>
      <ul className="space-y-0.5">
        {shown.map((s) => (
          <li key={s.label} className="flex items-center gap-2">
            <span
              aria-hidden
              className="size-2.5 shrink-0 rounded-sm"
              style={{ background: s.colour }}
            />
            <span className="min-w-0 flex-1 truncate">{s.label}</span>
            <span className="tabular-nums">{formatNumber(s.value)}</span>
          </li>
        ))}
      </ul>
      {shown.length > 1 && (
        <p className="mt-1 flex justify-between gap-2 border-t border-line pt-1 font-medium">
          <span>Total</span>
          <span className="tabular-nums">{formatNumber(total)}</span>
        </p>
      )}
    </div>
  );
}
