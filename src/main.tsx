import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api/query-client';
import { App } from './app';
import { type AppRouter, createAppRouter } from './router';
import './index.css';

/** Longest wait for the first page's data before the app shows its own placeholder. */
const FIRST_PAGE_WAIT_MS = 1000;

function firstPageLoaded(router: AppRouter) {
  return new Promise<void>((resume) => {
    if (router.state.initialized) return resume();
    const timer = setTimeout(done, FIRST_PAGE_WAIT_MS);
    const unsubscribe = router.subscribe((state) => {
      if (state.initialized) done();
    });
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resume();
    }
  });
}

async function start() {
  // The built-in registry. In a live build this branch is statically false and
  // the mock code is not part of the bundle at all.
  if (import.meta.env.VITE_API_MOCKS === 'true') {
    const { startMockRegistry } = await import('./mocks/browser');
    await startMockRegistry();
  } else {
    // A mock build served earlier from this origin leaves its service worker behind;
    // its update checks then fail with "mockServiceWorker.js: Not found". Remove it.
    void navigator.serviceWorker?.getRegistrations().then((registrations) => {
      for (const registration of registrations) {
        const script = (registration.active ?? registration.waiting ?? registration.installing)
          ?.scriptURL;
        if (script?.endsWith('/mockServiceWorker.js')) void registration.unregister();
      }
    });
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const queryClient = createQueryClient();
  // Creating the router runs the first page's loaders, which start its requests.
  const router = createAppRouter(queryClient);
  // The first render waits (on index.html's shell, which shows the page is loading) until
  // the first page's loaders are done, so the router's placeholder page is not rendered
  // and replaced a moment later (at 4x CPU slowdown: 161 ms of work for a placeholder).
  // A slow registry gets the placeholder, with a working header, after FIRST_PAGE_WAIT_MS.
  await firstPageLoaded(router);
  const app = (
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>
  );
  const reactRoot = createRoot(root);
  // With the page's data in, React renders it time-sliced (slices of a few ms instead of
  // one long task: measured 195 ms at 4x on a crate page), index.html's shell meanwhile.
  if (router.state.initialized) startTransition(() => reactRoot.render(app));
  else reactRoot.render(app);
}

// In a task of its own: the entry's evaluation (React, the router, the app's modules) and
// creating the router with its first loaders were one task of 60 ms on this machine,
// 240 ms at a phone's 4x CPU slowdown. A message rather than a timer: a timer set here
// has the module's top level on its stack, and a profiler recording timers' stacks (as
// Lighthouse's trace does) then re-parses the whole entry script, 35 ms of that task.
const channel = new MessageChannel();
channel.port1.onmessage = () => {
  channel.port1.close();
  void start();
};
channel.port2.postMessage(null);
