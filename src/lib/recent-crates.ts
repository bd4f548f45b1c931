// Recently visited crates, kept in this browser only (localStorage) for the
// command palette. Crate names only: nothing private.
import { canonicalCrateName } from './crate-name';

const KEY = 'recent-crates';
const MAX = 8;

export function recentCrates(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string').slice(0, MAX) : [];
  } catch {
    return [];
  }
}

export function rememberCrate(name: string) {
  const key = canonicalCrateName(name);
  const rest = recentCrates().filter((n) => canonicalCrateName(n) !== key);
  try {
    localStorage.setItem(KEY, JSON.stringify([name, ...rest].slice(0, MAX)));
  } catch {
    // Storage full or disabled: the palette just shows no recent crates.
  }
}
