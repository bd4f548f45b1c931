// What every contract case shares: the spec (plus scripts/spec-overlay.mjs), ajv
// validators for its response schemas, and check(), which calls one operation of the
// mock and expects one exact status and a body the spec allows. Each case starts from
// a fresh registry: src/test/setup.ts re-seeds it after every test that changed it.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import type { OperationId } from '@/api/types';
import { applyOverlay } from '../../../scripts/spec-overlay.mjs';
import source from '../../api/openapi.json';
import { mockRegistry } from '../node';

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
type Response = { content?: { 'application/json'?: { schema: object } } };
type Spec = {
  paths: Record<
    string,
    Record<string, { operationId: string; responses: Record<string, Response> }>
  >;
  components: unknown;
};

const spec = applyOverlay(source) as Spec;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('int32', {
  type: 'number',
  validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31,
});
ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });

/** Every operation of the spec, by id. */
export const operations = new Map<string, { path: string; method: Method }>();
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (op && typeof op === 'object' && 'operationId' in op) {
      operations.set(op.operationId, { path, method: method as Method });
    }
  }
}

const validators = new Map<string, ReturnType<typeof ajv.compile>>();
function validatorFor(operationId: string, status: number) {
  const op = operations.get(operationId);
  if (!op) throw new Error(`unknown operation ${operationId}`);
  const responses = spec.paths[op.path]?.[op.method]?.responses ?? {};
  const key = status >= 400 ? 'default' : String(status);
  const schema = responses[key]?.content?.['application/json']?.schema;
  if (!schema) return null;
  const id = `${operationId}:${key}`;
  let validate = validators.get(id);
  if (!validate) {
    // Wrap with the components so `#/components/schemas/...` refs resolve.
    validate = ajv.compile({ ...schema, components: spec.components });
    validators.set(id, validate);
  }
  return validate;
}

export type CheckInit = { method?: string; body?: unknown; headers?: Record<string, string> };

/**
 * Calls an operation of the mock, expects exactly `status`, and validates the body
 * against the spec's schema for that status (a 204 must have no body).
 */
export async function check(
  operationId: OperationId,
  status: number,
  url: string,
  init: CheckInit = {},
  // biome-ignore lint/suspicious/noExplicitAny: answers are checked by ajv; cases read them freely
): Promise<any> {
  const op = operations.get(operationId);
  if (!op) throw new Error(`unknown operation ${operationId}`);
  expect(init.method ?? 'GET', `${operationId} method`).toBe(op.method.toUpperCase());
  const response = await fetch(`http://localhost${url}`, {
    method: init.method ?? 'GET',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  expect(response.status, `${operationId} status (${text.slice(0, 200)})`).toBe(status);
  const body = text ? JSON.parse(text) : null;
  const validate = validatorFor(operationId, response.status);
  if (validate) {
    const valid = validate(body);
    expect(valid ? [] : validate.errors, `${operationId} ${response.status} body`).toEqual([]);
  } else if (status === 204) {
    expect(text, `${operationId} 204 body`).toBe('');
  }
  // Otherwise the spec gives no schema (get_version_authors): the case checks the body.
  return body;
}

export const db = () => mockRegistry.db;

export const demo = () => {
  const user = db().userByLogin('ferris-demo');
  if (!user) throw new Error('no demo user');
  return user;
};

/** A crate the demo user owns (with others or alone). */
export const demoCrate = () => {
  const crate = db().crates.find((c) => db().isUserOwner(c.id, demo().id));
  if (!crate) throw new Error('the demo user owns no crate');
  return crate;
};

export { mockRegistry };
