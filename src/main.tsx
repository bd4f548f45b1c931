import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api/query-client';
import { App } from './app';
import { createAppRouter } from './router';
import './index.css';

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
  // React's first render in a task of its own: with the loaders it was one long task
  // (measured: 355 ms at 4x CPU slowdown, of which the router took 200).
  await new Promise((resume) => setTimeout(resume, 0));
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>,
  );
}

void start();
