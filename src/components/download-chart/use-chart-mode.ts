import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type ChartMode = 'stacked' | 'unstacked';

const PARAM = 'chart';

/**
 * Stacked or unstacked, kept in the URL (`?chart=unstacked`) so a shared link
 * shows the same chart. Stacked is the default and leaves the URL clean.
 */
export function useChartMode(): [ChartMode, (mode: ChartMode) => void] {
  const [params, setParams] = useSearchParams();
  const mode: ChartMode = params.get(PARAM) === 'unstacked' ? 'unstacked' : 'stacked';
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
