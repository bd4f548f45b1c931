import { format, formatDistanceStrict, formatDistanceToNowStrict, parseISO } from 'date-fns';

const integer = new Intl.NumberFormat('en-US');
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** 1234567 -> "1,234,567" */
export const formatNumber = (n: number) => integer.format(n);

/** 1234567 -> "1.2M" */
export const formatCompact = (n: number) => compact.format(n);

/** Bytes as crates.io shows them: "12.3 KiB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit]}`;
}

/** "3 days ago", "in 29 days". */
export function formatRelative(iso: string, now: Date = new Date()): string {
  const date = parseISO(iso);
  return formatDistanceStrict(date, now, { addSuffix: true, roundingMethod: 'floor' });
}

/** Like formatRelative, against the current time. */
export const formatFromNow = (iso: string) =>
  formatDistanceToNowStrict(parseISO(iso), { addSuffix: true, roundingMethod: 'floor' });

/** "Nov 20, 2026" */
export const formatDate = (iso: string) => format(parseISO(iso), 'MMM d, yyyy');

/** "November 20, 2026 at 12:00" — for titles and tooltips. */
export const formatDateTime = (iso: string) => format(parseISO(iso), "MMMM d, yyyy 'at' HH:mm");
