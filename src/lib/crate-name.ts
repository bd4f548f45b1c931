/**
 * Crate names that differ only in case or `-`/`_` are the same crate (crates.io
 * refuses a new crate whose name matches an existing one this way). The one
 * normalisation for comparing names and keying caches by crate.
 */
export const canonicalCrateName = (name: string) => name.toLowerCase().replaceAll('_', '-');
