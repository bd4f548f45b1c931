import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { mockRegistry, server } from '@/mocks/node';
import { settleQueries } from './render';

// CI machines are small and shared: give async queries time before failing.
configure({ asyncUtilTimeout: 5000 });

// recharts measures its container; jsdom has no layout, so give it a stub.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// jsdom's <dialog> has no showModal() or close(): the open attribute and the close
// event as browsers give them (the event a task later), not focus trapping or Escape.
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  if (!this.open) return;
  this.open = false;
  setTimeout(() => this.dispatchEvent(new Event('close')));
};

// jsdom has no media queries: answer "no match" (light theme, no reduced motion).
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  }) as MediaQueryList;

/**
 * Test files share one document (`isolate: false` in vite.config.ts): what a test left in it
 * (the theme on <html>, a hoisted <title>, the URL, the early script's globals) goes.
 */
function resetDocument() {
  const html = document.documentElement;
  for (const name of html.getAttributeNames()) html.removeAttribute(name);
  document.head.replaceChildren();
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
  window.__earlyRequests = undefined;
  window.__earlyRequestsAt = undefined;
  window.__earlyReadme = undefined;
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  await settleQueries();
  cleanup();
  resetDocument();
  server.resetHandlers();
  mockRegistry.reset();
  sessionStorage.clear();
  localStorage.clear();
});
afterAll(() => server.close());
