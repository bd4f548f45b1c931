/** Applies the GAPS.md overlay to the vendored spec (see spec-overlay.mjs). */
export function applyOverlay(source: unknown): unknown;
