import { formatDateTime, formatFromNow } from '@/lib/format';

export type RelativeTimeProps = {
  iso: string;
  /**
   * Makes the date a tab stop whose exact value shows on hover and on focus
   * (a native title shows on hover only).
   */
  focusable?: boolean;
};

/** "3 days ago", with the exact date on hover and for assistive technology. */
export function RelativeTime({ iso, focusable = false }: RelativeTimeProps) {
  const exact = formatDateTime(iso);
  const text = (
    <>
      {formatFromNow(iso)}
      <span className="sr-only"> ({exact})</span>
    </>
  );
  if (!focusable) {
    return (
      <time dateTime={iso} title={exact}>
        {text}
      </time>
    );
  }
  return (
    <span className="group relative inline-block">
      <time
        dateTime={iso}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users reach the exact date this way
        tabIndex={0}
        className="cursor-help rounded-sm underline decoration-dotted underline-offset-2"
      >
        {text}
      </time>
      {/* Visual only: the exact date is already in the text above for screen readers. */}
      <span
        aria-hidden
        className="pointer-events-none absolute right-0 bottom-full z-10 mb-1 hidden rounded bg-ink px-2 py-1 text-xs whitespace-nowrap text-page shadow group-focus-within:block group-hover:block"
      >
        {exact}
      </span>
    </span>
  );
}
