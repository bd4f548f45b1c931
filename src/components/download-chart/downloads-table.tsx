import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { formatDate, formatNumber } from '@/lib/format';
import type { ChartData } from './chart-data';

export type DownloadsTableProps = {
  data: ChartData;
  caption: string;
  /** A column adding the series up; off where the sum means nothing (compared crates). */
  withTotal?: boolean;
};

/** The chart's numbers as a real table, for screen readers, keyboards and copying. */
export function DownloadsTable({ data, caption, withTotal: total }: DownloadsTableProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const captionId = useId();
  const withTotal = total ?? data.series.length > 1;
  const cell = 'px-2 py-1.5 text-right tabular-nums sm:px-3';
  const value = (n: number | null | undefined) =>
    n === null || n === undefined ? (
      <>
        <span aria-hidden>–</span>
        <span className="sr-only">not published yet</span>
      </>
    ) : (
      formatNumber(n)
    );
  return (
    <div className="mt-3">
      <Button
        size="sm"
        variant="ghost"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden className={open ? 'rotate-90 transition' : 'transition'}>
          ▸
        </span>
        View as table
      </Button>
      {open && (
        <div id={id} className="mt-2">
          {/* Shown above the box: a caption would scroll sideways with a wide table. */}
          <p id={captionId} aria-hidden className="mb-1 text-sm text-muted">
            {caption}
          </p>
          <section
            aria-labelledby={captionId}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard
            tabIndex={0}
            className="max-h-96 overflow-auto rounded-md border border-line"
          >
            <table className="w-full border-collapse bg-surface text-sm">
              <caption className="sr-only">{caption}</caption>
              <thead className="sticky top-0 bg-surface-2">
                <tr>
                  <th
                    scope="col"
                    className="sticky left-0 bg-surface-2 px-2 py-1.5 text-left sm:px-3"
                  >
                    Date
                  </th>
                  {data.series.map((s) => (
                    <th key={s.label} scope="col" className="px-2 py-1.5 text-right sm:px-3">
                      {s.label}
                    </th>
                  ))}
                  {withTotal && (
                    <th scope="col" className="px-2 py-1.5 text-right sm:px-3">
                      Total
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {[...data.rows].reverse().map((row) => (
                  <tr key={row.date} className="border-t border-line">
                    <th
                      scope="row"
                      className="sticky left-0 whitespace-nowrap bg-surface px-2 py-1.5 text-left font-normal sm:px-3"
                    >
                      {formatDate(row.date)}
                    </th>
                    {row.values.map((n, i) => (
                      <td key={data.series[i]?.label} className={cell}>
                        {value(n)}
                      </td>
                    ))}
                    {withTotal && (
                      <td className={cell}>
                        {formatNumber(row.values.reduce<number>((a, n) => a + (n ?? 0), 0))}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
              <tfoot className="sticky bottom-0 bg-surface-2 font-semibold">
                <tr>
                  <th
                    scope="row"
                    className="sticky left-0 bg-surface-2 px-2 py-1.5 text-left sm:px-3"
                  >
                    Total
                  </th>
                  {data.series.map((s) => (
                    <td key={s.label} className={cell}>
                      {formatNumber(s.total)}
                    </td>
                  ))}
                  {withTotal && <td className={cell}>{formatNumber(data.total)}</td>}
                </tr>
              </tfoot>
            </table>
          </section>
        </div>
      )}
    </div>
  );
}
