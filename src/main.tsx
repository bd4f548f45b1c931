import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
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
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
