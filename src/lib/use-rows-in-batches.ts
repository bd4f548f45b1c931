import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * The rows of a list to render. Rows there when the list mounts render at once
 * (a tab switch or Back finds them, so scroll restoration does too), and so do
 * rows added to a list already showing some (the next page while scrolling, as
 * fast as possible). Rows arriving into an empty list (the first page of a
 * first visit) are added `batch` at a time, one batch per task: 100 version rows
 * in one go were a render and a commit of about a second on a slow phone, while
 * the page did not respond; in batches, each task stays short.
 */
export function useRowsInBatches<T>(rows: readonly T[], batch: number): readonly T[] {
  const [count, setCount] = useState(rows.length);
  // Whether the rows being added went into an empty list (then they come in batches).
  const filling = useRef(false);
  const total = rows.length;
  useEffect(() => {
    if (count === total) {
      filling.current = false;
      return;
    }
    // Fewer rows (a new sort starts over), or more for a list already shown: follow at once.
    if (count > total || (count > 0 && !filling.current)) {
      setCount(total);
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
