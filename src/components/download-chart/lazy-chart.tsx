import { type ComponentType, lazy, type ReactNode, Suspense, useState } from 'react';
import { ChartFrame, ChartSkeleton } from './chart-frame';
import { ChartLoadBoundary } from './chart-load-boundary';

/**
 * A chart component fetched only when first shown, framed with its skeleton and
 * a load-failure boundary whose "Try again" re-imports the chunk.
 */
export function lazyChart<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  // React.lazy remembers a failed import, so "Try again" swaps in a fresh one.
  let LoadedChart: ComponentType<P> = lazy(load);
  // `fallback`: what shows while the code loads (the skeleton unless told).
  // biome-ignore lint/correctness/noComponentHookFactories: called once per chart at module level, never during render
  return function LazyChart({ fallback, ...props }: P & { fallback?: ReactNode }) {
    const [, setAttempt] = useState(0);
    const retry = () => {
      LoadedChart = lazy(load);
      setAttempt((n) => n + 1);
    };
    return (
      <ChartFrame>
        <ChartLoadBoundary onRetry={retry}>
          <Suspense fallback={fallback ?? <ChartSkeleton />}>
            <LoadedChart {...(props as P)} />
          </Suspense>
        </ChartLoadBoundary>
      </ChartFrame>
    );
  };
}
