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
