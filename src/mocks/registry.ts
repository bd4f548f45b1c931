// A mock registry: a database, its faults, and the handlers serving them.
import type { Db } from './db';
import { type Fault, type FaultRule, Faults, type FaultTarget } from './faults';
import { createHandlers, type Registry } from './handlers';
import { seedRegistry } from './seed';

export type MockRegistry = Registry & {
  handlers: ReturnType<typeof createHandlers>;
  /** Replace the database with a fresh seed (or an empty one). */
  reset(db?: Db): void;
  fault(target: FaultTarget, rule: FaultRule): void;
  clearFaults(target?: FaultTarget): void;
  setReadOnly(readOnly: boolean): void;
  setBanner(message: string | null): void;
  login(login: string): void;
  logout(): void;
};

export type { Fault, FaultRule, FaultTarget };

export function createMockRegistry(options: { now: Date; db?: Db }): MockRegistry {
  const registry: MockRegistry = {
    db: options.db ?? seedRegistry(options.now),
    faults: new Faults(),
    handlers: [],
    reset(db) {
      // Re-seeding costs ~100 ms: skip it when nothing changed the database.
      if (db || registry.dirty) registry.db = db ?? seedRegistry(options.now);
      registry.dirty = false;
      registry.faults.clear();
    },
    fault: (target, rule) => registry.faults.set(target, rule),
    clearFaults: (target) => registry.faults.clear(target),
    setReadOnly(readOnly) {
      registry.dirty = true;
      registry.db.site.read_only = readOnly;
    },
    setBanner(message) {
      registry.dirty = true;
      registry.db.site.banner_message = message;
    },
    login(login) {
      registry.dirty = true;
      const user = registry.db.userByLogin(login);
      if (!user) throw new Error(`mock registry: no user ${login}`);
      registry.db.sessionUserId = user.id;
    },
    logout() {
      registry.dirty = true;
      registry.db.sessionUserId = null;
    },
  };
  registry.handlers = createHandlers(registry);
  return registry;
}
