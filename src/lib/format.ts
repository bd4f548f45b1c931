// Every format here is fixed English, written out rather than taken from Intl: the first Intl
// formatter a page creates initialises V8's ICU data, measured at 90-155 ms of main thread at
// Lighthouse's 4x CPU slowdown, inside the first-load task on every page.

/** Digits grouped by thousands: "1234567" -> "1,234,567". */
const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** 1234567 -> "1,234,567"; at most three decimals, as Intl's en-US default. */
export function formatNumber(n: number): string {
  const [int = '0', fraction] = String(Math.round(Math.abs(n) * 1000) / 1000).split('.');
  const sign = n < 0 && (int !== '0' || fraction) ? '-' : '';
  return `${sign}${group(int)}${fraction ? `.${fraction}` : ''}`;
}

/** A count with its noun: "1 version", "2,100 versions". */
export const plural = (n: number, one: string, many = `${one}s`) =>
  `${formatNumber(n)} ${n === 1 ? one : many}`;

const COMPACT: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];
/** One decimal at most, none when it is zero: 1.25 -> "1.3", 2.0 -> "2". */
const oneDecimal = (n: number) => String(Math.round(n * 10) / 10);

/** 1234567 -> "1.2M" (en-US compact notation, one decimal at most). */
export function formatCompact(n: number): string {
  const abs = Math.abs(n);
  const sign = n < 0 ? '-' : '';
  for (const [index, [size, suffix]] of COMPACT.entries()) {
    if (abs < size) continue;
    const value = Math.round((abs / size) * 10) / 10;
    // 999,960 rounds to 1000K: that is 1M.
    const bigger = COMPACT[index - 1];
    if (value >= 1000 && bigger) return `${sign}${oneDecimal(abs / bigger[0])}${bigger[1]}`;
    return `${sign}${oneDecimal(value)}${suffix}`;
  }
  const value = oneDecimal(abs);
  return value === '1000' ? `${sign}1K` : `${sign}${value}`;
}

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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const UNITS: [string, number][] = [
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
  const count = Math.floor(abs / size);
  const amount = `${formatNumber(count)} ${unit}${count === 1 ? '' : 's'}`;
  return seconds < 0 ? `${amount} ago` : `in ${amount}`;
}

/** Like formatRelative, against the current time. */
export const formatFromNow = (iso: string) => formatRelative(iso);

/** "Nov 20, 2026" (local time) */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return `${MONTHS[date.getMonth()]?.slice(0, 3)} ${date.getDate()}, ${date.getFullYear()}`;
}

/** A chart day, `2026-11-20` -> "Nov 20": the ISO date as written (chart days are UTC dates). */
export function formatDay(isoDate: string): string {
  const month = MONTHS[Number(isoDate.slice(5, 7)) - 1]?.slice(0, 3) ?? '';
  return `${month} ${Number(isoDate.slice(8, 10))}`;
}

/** "November 20, 2026" (local time) */
export const formatLongDate = (date: Date) =>
  `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}`;

/** A time of day, e.g. "14:05" (local time, 24-hour). */
export const formatTime = (date: Date) =>
  `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

/** "November 20, 2026 at 12:00" — for titles and tooltips. */
export const formatDateTime = (iso: string) => {
  const date = new Date(iso);
  return `${formatLongDate(date)} at ${formatTime(date)}`;
};
