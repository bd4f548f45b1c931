const integer = new Intl.NumberFormat('en-US');
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** 1234567 -> "1,234,567" */
export const formatNumber = (n: number) => integer.format(n);

/** A count with its noun: "1 version", "2,100 versions". */
export const plural = (n: number, one: string, many = `${one}s`) =>
  `${integer.format(n)} ${n === 1 ? one : many}`;

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

// Dates use the platform's Intl formatters: on every first load, so no date library.
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'always' });
const shortDate = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
});
const longDate = new Intl.DateTimeFormat('en-US', {
  month: 'long',
  day: 'numeric',
  year: 'numeric',
});
const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/** "3 days ago", "in 29 days": the largest whole unit, rounded down. */
export function formatRelative(iso: string, now: Date = new Date()): string {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000;
  const abs = Math.abs(seconds);
  if (abs < 1) return 'just now';
  const [unit, size] = UNITS.find(([, size]) => abs >= size) ?? ['second', 1];
  return relative.format(Math.floor(abs / size) * Math.sign(seconds), unit);
}

/** Like formatRelative, against the current time. */
export const formatFromNow = (iso: string) => formatRelative(iso);

/** "Nov 20, 2026" */
export const formatDate = (iso: string) => shortDate.format(new Date(iso));

/** "November 20, 2026" */
export const formatLongDate = (date: Date) => longDate.format(date);

/** "November 20, 2026 at 12:00" — for titles and tooltips. */
export const formatDateTime = (iso: string) => {
  const date = new Date(iso);
  return `${longDate.format(date)} at ${time.format(date)}`;
};

/** A time of day, e.g. "14:05" (local time). */
export const formatTime = (date: Date) => time.format(date);
