import type { EndpointScope } from '@/api/types';
import { formatLongDate } from './format';

/** What each endpoint scope allows, in words. */
export const SCOPE_DESCRIPTIONS: Record<EndpointScope, string> = {
  'change-owners': 'Invite new crate owners or remove existing ones',
  'publish-new': 'Publish new crates',
  'publish-update': 'Publish new versions of existing crates',
  'trusted-publishing': 'Manage trusted publishing configurations',
  yank: 'Yank and unyank crate versions',
};

/** Crate scope patterns: a crate name, or a prefix with one trailing `*`, or `*` alone. */
const PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*\*?$/;

export type PatternCheck = { valid: boolean; message: string };

export function checkCratePattern(pattern: string): PatternCheck {
  const value = pattern.trim();
  if (value === '') return { valid: false, message: 'Please enter a crate name pattern' };
  if (value === '*') return { valid: true, message: 'Matches all crates on crates.io' };
  if (!PATTERN.test(value)) return { valid: false, message: 'Invalid crate name pattern' };
  if (value.endsWith('*')) {
    return { valid: true, message: `Matches all crates starting with ${value.slice(0, -1)}` };
  }
  return { valid: true, message: `Matches only the ${value} crate` };
}

/** "a", "a and b", "a, b, and c" */
export const listInWords = (items: string[]) =>
  new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(items);

export const EXPIRY_OPTIONS = [
  { value: 'none', label: 'No expiration' },
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '60', label: '60 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '365 days' },
  { value: 'custom', label: 'Custom…' },
] as const;

export type ExpiryChoice = (typeof EXPIRY_OPTIONS)[number]['value'];

/** The expiry instant of a choice, or null for "never"; undefined when a custom date is missing or past. */
export function expiryFor(
  choice: ExpiryChoice,
  now: Date,
  customDate: string,
): Date | null | undefined {
  if (choice === 'none') return null;
  if (choice === 'custom') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(customDate)) return undefined;
    // The end of that day, local time.
    const [year, month, day] = customDate.split('-').map(Number) as [number, number, number];
    const date = new Date(year, month - 1, day, 23, 59, 59, 999);
    return date.getTime() > now.getTime() ? date : undefined;
  }
  // Calendar days: the same local time n days on, across a DST change too.
  const date = new Date(now);
  date.setDate(date.getDate() + Number(choice));
  return date;
}

/** "The token will expire on November 20, 2026" / "The token will never expire". */
export function describeExpiry(expiry: Date | null | undefined): string {
  if (expiry === undefined) return 'Choose a date in the future.';
  if (expiry === null) return 'The token will never expire.';
  return `The token will expire on ${formatLongDate(expiry)}.`;
}
