import { useEffect, useState } from 'react';

/**
 * How many of `total` pieces of work may have started: one more per task, from
 * none. Requests started together in one render (ten observers subscribing and
 * fetching) were one long task on a slow phone; one per task, each stays short.
 */
export function useStaggeredCount(total: number): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => setCount((n) => n + 1));
    return () => clearTimeout(timer);
  }, [count, total]);
  return Math.min(count, total);
}
