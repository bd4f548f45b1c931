import { type RefObject, useLayoutEffect } from 'react';

/** A list as its page was left: its rows in view or above, and the row at the top. */
export type RowsOnLeave = {
  /** Those rows' content heights (one per row), for rows that skip layout until in view. */
  heights: readonly number[];
  /** The row across the window's top edge and its top (≤ 0); none if the list began lower. */
  anchor: { index: number; top: number } | null;
};

// Per history entry (React Router's location key), for this document's lifetime.
const rowsOnLeave = new Map<string, RowsOnLeave>();

/**
 * The rows of `list` that were in view or above it when the page at `entryKey` was last
 * left (undefined if it never was in this document). Back and Forward render that many at
 * once instead of the whole list, enough for scroll restoration to find the page as long
 * as it was, with the rest following a moment later.
 *
 * Rows that skip layout until in view (`content-visibility: auto`) take an estimate's
 * space, so scroll restoration's pixel offset would be another row: their `heights` as
 * placeholders keep the list as long as it was (at 360 px, where rows wrap to about
 * 165 px, the 40th row came back 41 px off). With `restore`, the row that was at the
 * window's top is put back there before the page paints, for what above the list has
 * changed height since (a section that was still loading when the page was left: 175 px
 * at 360 px).
 */
export function useRowsOnLeave(
  list: RefObject<HTMLElement | null>,
  entryKey: string,
  { restore }: { restore: boolean },
): RowsOnLeave | undefined {
  useLayoutEffect(() => {
    const anchor = restore ? rowsOnLeave.get(entryKey)?.anchor : undefined;
    // A frame callback: after React Router's scroll restoration (a layout effect after
    // this one) and before the paint.
    const frame =
      anchor &&
      requestAnimationFrame(() => {
        const row = list.current?.children[anchor.index];
        if (!row) return;
        const drift = row.getBoundingClientRect().top - anchor.top;
        if (Math.abs(drift) >= 1) window.scrollBy(0, drift);
      });
    // Cleanup runs as the page leaves, before its nodes are removed.
    return () => {
      if (frame) cancelAnimationFrame(frame);
      const element = list.current;
      if (!element) return;
      const bottom = window.innerHeight;
      const heights: number[] = [];
      let across: RowsOnLeave['anchor'] = null;
      for (const row of element.children) {
        const box = row.getBoundingClientRect();
        if (box.top >= bottom) break;
        if (box.top <= 0 && box.bottom > 0) across = { index: heights.length, top: box.top };
        // The content's height, as `contain-intrinsic-size` takes it (a row's border is
        // added to it: 1 px a row, 38 px by the 40th).
        const style = getComputedStyle(row);
        const edges = [
          'borderTopWidth',
          'borderBottomWidth',
          'paddingTop',
          'paddingBottom',
        ] as const;
        heights.push(
          edges.reduce((height, edge) => height - Number.parseFloat(style[edge]), box.height),
        );
      }
      rowsOnLeave.set(entryKey, { heights, anchor: across });
    };
  }, [list, entryKey, restore]);
  return rowsOnLeave.get(entryKey);
}
