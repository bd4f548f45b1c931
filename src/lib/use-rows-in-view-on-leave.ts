import { type RefObject, useLayoutEffect } from 'react';

// Per history entry (React Router's location key), for this document's lifetime: the
// rows of a list that were above the bottom of the window when the page was left.
const rowsInView = new Map<string, number>();

/**
 * How many of `list`'s rows were in view or above it when the page at `entryKey` was
 * last left (undefined if it never was in this document). Back and Forward render that
 * many at once instead of the whole list: enough for scroll restoration to find the page
 * as long as it was, with the rest following a moment later.
 */
export function useRowsInViewOnLeave(
  list: RefObject<HTMLElement | null>,
  entryKey: string,
): number | undefined {
  useLayoutEffect(
    // Cleanup runs as the page leaves, before its nodes are removed.
    () => () => {
      const element = list.current;
      if (!element) return;
      const bottom = window.innerHeight;
      let count = 0;
      for (const row of element.children) {
        if (row.getBoundingClientRect().top >= bottom) break;
        count += 1;
      }
      rowsInView.set(entryKey, count);
    },
    [list, entryKey],
  );
  return rowsInView.get(entryKey);
}
