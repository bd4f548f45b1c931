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
    // ...and the component goes away before the answer.
    unmount();
    await expect(loaded).resolves.toEqual({ name: 'serde' });
    expect(queryClient.getQueryData(['test', 'slow'])).toEqual({ name: 'serde' });
  });

  it('a prefetch nobody waits for is cancelled when the page that wanted it goes away', async () => {
    const queryClient = createQueryClient();
    const prefetched = prefetch(queryClient, slowCrate(50));
    const page = new QueryObserver(queryClient, slowCrate(50));
    const leave = page.subscribe(() => {});
    leave();
    await prefetched;
    expect(queryClient.getQueryState(['test', 'slow'])).toMatchObject({
      data: undefined,
      fetchStatus: 'idle',
    });
  });

  it('answers from the cache without a request when the data is there', async () => {
    const queryClient = createQueryClient();
    queryClient.setQueryData(['test', 'slow'], { name: 'tokio' });
    await expect(ensure(queryClient, slowCrate(10_000))).resolves.toEqual({ name: 'tokio' });
    expect(queryClient.getQueryState(['test', 'slow'])?.fetchStatus).toBe('idle');
  });
});
