import { QueryObserver, queryOptions } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createQueryClient, ensure, prefetch } from './query-client';

/** A request that answers after `ms`, and fails as fetch does when its signal aborts. */
const slowCrate = (ms: number) =>
  queryOptions({
    queryKey: ['test', 'slow'],
    queryFn: ({ signal }) =>
      new Promise<{ name: string }>((resolve, reject) => {
        const timer = setTimeout(() => resolve({ name: 'serde' }), ms);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new DOMException('Aborted', 'AbortError'));
        });
      }),
  });

describe('ensure and prefetch', () => {
  it("a loader's request survives the component that started it unmounting mid-flight", async () => {
    const queryClient = createQueryClient();
    // A component (the hydration fallback's header, say) starts the request...
    const component = new QueryObserver(queryClient, slowCrate(50));
    const unmount = component.subscribe(() => {});
    // ...the loader waits for the same request...
    const loaded = ensure(queryClient, slowCrate(50));
    const prefetched = prefetch(queryClient, slowCrate(50));
    // ...and the component goes away before the answer.
    unmount();
    await expect(loaded).resolves.toEqual({ name: 'serde' });
    await prefetched;
    expect(queryClient.getQueryData(['test', 'slow'])).toEqual({ name: 'serde' });
  });

  it('answers from the cache without a request when the data is there', async () => {
    const queryClient = createQueryClient();
    queryClient.setQueryData(['test', 'slow'], { name: 'tokio' });
    await expect(ensure(queryClient, slowCrate(10_000))).resolves.toEqual({ name: 'tokio' });
    expect(queryClient.getQueryState(['test', 'slow'])?.fetchStatus).toBe('idle');
  });
});
