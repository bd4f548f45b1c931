// The mock registry in the browser (dev server and mock builds). State lives
// in memory; a log of the state-changing requests in sessionStorage is replayed
// on load, so a reload or the login redirect keeps what the user did.
import { setupWorker } from 'msw/browser';
import { setSessionHint } from '@/api/session-hint';
import type { FaultRule, FaultTarget } from './faults';
import { createMockRegistry, type MockRegistry } from './registry';
import { type LoggedRequest, replay } from './replay';

const STORAGE_KEY = 'mock-registry';

type Saved = {
  startedAt: string;
  log: LoggedRequest[];
  faults: [FaultTarget, FaultRule][];
  site: { read_only: boolean; banner_message: string | null };
};

function load(): Saved | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Saved) : null;
  } catch {
    return null;
  }
}

function save(saved: Saved) {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch {
    // Storage full or disabled: the registry still works, it just forgets on reload.
  }
}

/** The developer's handle on the mock registry, as `window.mockRegistry`. */
export type MockRegistryConsole = {
  fault(target: FaultTarget, rule: FaultRule): void;
  clearFaults(target?: FaultTarget): void;
  setReadOnly(readOnly: boolean): void;
  setBanner(message: string | null): void;
  login(login?: string): void;
  logout(): void;
  /** Forget every change and start from the seed again. */
  reset(): void;
  registry: MockRegistry;
};

declare global {
  interface Window {
    mockRegistry?: MockRegistryConsole;
  }
}

export async function startMockRegistry() {
  const saved: Saved = load() ?? {
    startedAt: new Date().toISOString(),
    log: [],
    faults: [],
    site: { read_only: false, banner_message: null },
  };
  const registry = createMockRegistry({ now: new Date(saved.startedAt) });

  await replay(registry, saved.log);
  registry.db.site = { ...saved.site };
  for (const [target, rule] of saved.faults) registry.faults.set(target, rule);

  const persist = () => {
    saved.faults = registry.faults.list();
    saved.site = { ...registry.db.site };
    save(saved);
  };
  registry.onChange = (request, body) => {
    saved.log.push({
      at: new Date().toISOString(),
      method: request.method,
      url: request.url,
      body,
    });
    persist();
  };

  const console: MockRegistryConsole = {
    fault(target, rule) {
      registry.fault(target, rule);
      persist();
    },
    clearFaults(target) {
      registry.clearFaults(target);
      persist();
    },
    setReadOnly(readOnly) {
      registry.setReadOnly(readOnly);
      persist();
    },
    setBanner(message) {
      registry.setBanner(message);
      persist();
    },
    login(login = 'ferris-demo') {
      registry.login(login);
      setSessionHint(true);
      location.reload();
    },
    logout() {
      registry.logout();
      location.reload();
    },
    reset() {
      sessionStorage.removeItem(STORAGE_KEY);
      location.reload();
    },
    registry,
  };
  window.mockRegistry = console;

  const worker = setupWorker(...registry.handlers);
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  globalThis.console.info(
    '%c[mock registry]%c running in this tab. Try mockRegistry.fault("get_summary", { kind: "status", status: 500 }) — see README.',
    'color:#b7410e;font-weight:bold',
    '',
  );
}
