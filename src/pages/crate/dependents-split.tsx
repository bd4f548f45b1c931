import type { LineShare } from '@/lib/dependent-lines';
import { formatNumber, plural } from '@/lib/format';

type Props = {
  crate: string;
  shares: LineShare[];
  /** How many dependents the sample holds, and how many there are in all. */
  sampled: number;
  total: number;
};

/** How the dependents split across the release lines they require. */
export function DependentsSplit({ crate, shares, sampled, total }: Props) {
  const counted = shares.reduce((sum, s) => sum + s.dependents, 0);
  return (
    <section aria-labelledby="dependents-split-title" className="mb-4">
      <h3 id="dependents-split-title" className="mb-2 font-semibold">
        Required lines of {crate}
      </h3>
      <table className="w-full max-w-md text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Dependents</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {shares.map((s) => (
            <tr key={s.line}>
              <th scope="row" className="py-1 pr-4 text-left font-normal">
                {plural(s.dependents, 'dependent')} {s.dependents === 1 ? 'requires' : 'require'}{' '}
                <code className="font-mono text-ink">{s.line}</code>
              </th>
              <td className="py-1 text-right text-muted tabular-nums">
                {Math.round((s.dependents / counted) * 100)}%
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {sampled < total && (
        <p className="mt-2 text-sm text-muted">
          Based on the {formatNumber(sampled)} most downloaded of {plural(total, 'dependent')}.
        </p>
      )}
    </section>
  );
}
