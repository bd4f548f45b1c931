import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * The rows of a list to render. Rows arriving into an empty list (the first page
 * of a first visit) are added `batch` at a time, one batch per task: 100 version
 * rows in one go were a render and a commit of about a second on a slow phone,
 * while the page did not respond; in batches, each task stays short. Rows added to
 * a list already showing some (the next page while scrolling) follow at once.
 *
 * Rows there when the list mounts: the first `mount` render at once (all by default)
 * and the rest follow in one time-sliced render after that first paint (measured:
 * 100 cached rows made a tab switch about 70 ms on a desktop core). A tab switch
 * asks for a screen's worth; Back and Forward for the rows that were in view when
 * the page was left, so that scroll restoration finds the page as long as it was.
 */
export function useRowsInBatches<T>(
  rows: readonly T[],
  batch: number,
  { mount = Number.POSITIVE_INFINITY }: { mount?: number } = {},
): readonly T[] {
  const [count, setCount] = useState(() => Math.min(rows.length, mount));
  // Whether the rows being added went into an empty list (then they come in batches).
  const filling = useRef(false);
  const total = rows.length;
  useEffect(() => {
    if (count === total) {
      filling.current = false;
      return;
    }
    // Fewer rows (a new sort starts over): follow at once.
    if (count > total) {
      setCount(total);
      return;
    }
    // More for a list already shown: all of them, in a render that yields to the browser.
    if (count > 0 && !filling.current) {
      startTransition(() => setCount(total));
      return;
    }
    filling.current = true;
    const timer = setTimeout(() =>
      startTransition(() => setCount((n) => Math.min(n + batch, total))),
    );
    return () => clearTimeout(timer);
  }, [count, total, batch]);
  return count >= total ? rows : rows.slice(0, count);
}
