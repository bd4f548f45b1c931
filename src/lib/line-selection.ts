// Line selection in a source file's URL, as GitHub and crates.io write it:
// `#L12` for one line, `#L2-L4` for a range.

export type LineSelection = { start: number; end: number };

/** The selection in a URL fragment, or `null` (no fragment, another fragment, or 0). */
export function parseLineHash(hash: string): LineSelection | null {
  const match = /^#?L(\d+)(?:-L?(\d+))?$/.exec(hash);
  if (!match) return null;
  const a = Number(match[1]);
  const b = match[2] === undefined ? a : Number(match[2]);
  if (a < 1 || b < 1) return null;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

export const formatLineHash = ({ start, end }: LineSelection) =>
  start === end ? `#L${start}` : `#L${start}-L${end}`;

/**
 * The selection after a click on line `line`: that line alone, or, with Shift,
 * the range from the current selection's first line to it.
 */
export function selectLine(
  current: LineSelection | null,
  line: number,
  extend: boolean,
): LineSelection {
  if (!extend || !current) return { start: line, end: line };
  return { start: Math.min(current.start, line), end: Math.max(current.start, line) };
}
