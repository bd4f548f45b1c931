import { type ComponentType, lazy, Suspense, useState } from 'react';
import { ChartFrame, ChartSkeleton } from './chart-frame';
import { ChartLoadBoundary } from './chart-load-boundary';

/**
 * A chart component fetched only when first shown, framed with its skeleton and
 * a load-failure boundary whose "Try again" re-imports the chunk.
 */
export function lazyChart<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  // React.lazy remembers a failed import, so "Try again" swaps in a fresh one.
  let LoadedChart: ComponentType<P> = lazy(load);
  // biome-ignore lint/correctness/noComponentHookFactories: called once per chart at module level, never during render
  return function LazyChart(props: P) {
    const [, setAttempt] = useState(0);
    const retry = () => {
      LoadedChart = lazy(load);
      setAttempt((n) => n + 1);
    };
    return (
      <ChartFrame>
        <ChartLoadBoundary onRetry={retry}>
          <Suspense fallback={<ChartSkeleton />}>
            <LoadedChart {...props} />
          </Suspense>
        </ChartLoadBoundary>
      </ChartFrame>
    );
  };
}
