import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createQueryClient } from '@/api/query-client';
import { createRoutes } from '@/router';

/** The query clients of the test that is running. */
const clients = new Set<QueryClient>();

/** Longest wait for a finished test's requests. */
const SETTLE_MS = 2000;

/**
 * Waits until the running test's requests have been answered (at most SETTLE_MS). A test that
 * ended with a request on its way left it to reach the mock registry during the next test,
 * or the next file (they share a worker): a `times: 1` fault set there was spent on it.
 */
export async function settleQueries() {
  const deadline = performance.now() + SETTLE_MS;
  const busy = () => [...clients].some((client) => client.isFetching() > 0);
  while (busy() && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 5));
  for (const client of clients) client.clear();
  clients.clear();
}

/** A fresh QueryClient with the app's policy, minus retries (tests see failures at once). */
function testQueryClient() {
  const queryClient = createQueryClient();
  clients.add(queryClient);
  queryClient.setDefaultOptions({
    ...queryClient.getDefaultOptions(),
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  return queryClient;
}

/** Renders the real route table at `url`, with a fresh QueryClient (no retries). */
export function renderRoute(url: string) {
  const queryClient = testQueryClient();
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}

/** Renders one component at `url` in a memory router, with a fresh QueryClient (no retries). */
export function renderWithProviders(ui: ReactNode, { url = '/' }: { url?: string } = {}) {
  const queryClient = testQueryClient();
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [url] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}
