// The mock registry for Vitest: msw/node over a fresh registry per test file.
import { setupServer } from 'msw/node';
import { createMockRegistry } from './registry';

/** A fixed "now" so relative dates in tests never drift. */
export const TEST_NOW = new Date('2026-11-20T12:00:00Z');

export const mockRegistry = createMockRegistry({ now: TEST_NOW });
export const server = setupServer(...mockRegistry.handlers);
