import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { readChartMode } from '@/lib/list-params';

export type ChartMode = ReturnType<typeof readChartMode>;

const PARAM = 'chart';

/**
 * Stacked or unstacked, kept in the URL (`?chart=unstacked`) so a shared link
 * shows the same chart. Stacked is the default and leaves the URL clean.
 */
export function useChartMode(): [ChartMode, (mode: ChartMode) => void] {
  const [params, setParams] = useSearchParams();
  const mode = readChartMode(params);
  const setMode = useCallback(
    (next: ChartMode) =>
      setParams(
        (previous) => {
          const updated = new URLSearchParams(previous);
          if (next === 'stacked') updated.delete(PARAM);
          else updated.set(PARAM, next);
          return updated;
        },
        // A display choice, not a new page: no history entry, no jump to the top.
        { replace: true, preventScrollReset: true },
      ),
    [setParams],
  );
  return [mode, setMode];
}
