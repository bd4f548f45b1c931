// The compare page's URL parameter (kept out of list-params, which every list page loads).

import { canonicalCrateName } from './crate-name';

/** How many crates the compare page shows side by side. */
export const MAX_COMPARED = 5;

/**
 * `?crates=serde,Tokio,serde` -> the names in order, without empties or
 * repeats (crate names differ only in case or `-`/`_`), the first five kept.
 */
export function parseCrateNames(value: string | null): { names: string[]; dropped: string[] } {
  const seen = new Set<string>();
  const all: string[] = [];
  for (const raw of (value ?? '').split(',')) {
    const name = raw.trim();
    const key = canonicalCrateName(name);
    if (!name || seen.has(key)) continue;
    seen.add(key);
    all.push(name);
  }
  return { names: all.slice(0, MAX_COMPARED), dropped: all.slice(MAX_COMPARED) };
}
