import { formatDateTime, formatFromNow } from '@/lib/format';

/** "3 days ago", with the exact date on hover and for assistive technology. */
export function RelativeTime({ iso }: { iso: string }) {
  const exact = formatDateTime(iso);
  return (
    <time dateTime={iso} title={exact}>
      {formatFromNow(iso)}
      <span className="sr-only"> ({exact})</span>
    </time>
  );
}
