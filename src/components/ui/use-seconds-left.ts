import { useEffect, useState } from 'react';

/**
 * Counts `seconds` down to 0, one step a second, starting over whenever `key`
 * changes (a new failure). Timers, not Date.now(): the count is of time waited here.
 */
export function useSecondsLeft(seconds: number | null, key: unknown): number {
  const [left, setLeft] = useState(seconds ?? 0);
  const [counted, setCounted] = useState({ key, seconds });
  if (counted.key !== key || counted.seconds !== seconds) {
    setCounted({ key, seconds });
    setLeft(seconds ?? 0);
  }
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setLeft((l) => l - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  return left;
}
