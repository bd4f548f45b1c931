import { formatNumber } from '@/lib/format';

export type ListCountProps = {
  page: number;
  perPage: number;
  /** Rows on this page. */
  shown: number;
  total: number;
};

/** "Displaying 1–10 of 123 total results", announced when the page changes. */
export function ListCount({ page, perPage, shown, total }: ListCountProps) {
  const first = (page - 1) * perPage + 1;
  return (
    <p className="text-sm text-muted" aria-live="polite">
      Displaying{' '}
      <strong className="text-ink">
        {formatNumber(first)}–{formatNumber(first + shown - 1)}
      </strong>{' '}
      of <strong className="text-ink">{formatNumber(total)}</strong> total results
    </p>
  );
}
