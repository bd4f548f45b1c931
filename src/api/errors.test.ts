import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@/mocks/node';
import { call, client } from './client';
import { ApiError } from './errors';

const summary = () => call(client.GET('/api/v1/summary'));

describe('call()', () => {
  it('returns the data of a successful answer', async () => {
    const data = await summary();
    expect(data.num_crates).toBeGreaterThan(0);
  });

  it('throws an http ApiError carrying the detail messages and Retry-After', async () => {
    server.use(
      http.get('*/api/v1/summary', () =>
        HttpResponse.json(
          { errors: [{ detail: 'slow down' }, { detail: 'really' }] },
          { status: 429, headers: { 'Retry-After': '30' } },
        ),
      ),
    );
    const error = await summary().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      kind: 'http',
      status: 429,
      details: ['slow down', 'really'],
      retryAfter: 30,
    });
    expect((error as ApiError).detail).toBe('slow down');
    expect((error as ApiError).isRetryable).toBe(true);
  });

  it('tells a network failure apart', async () => {
    server.use(http.get('*/api/v1/summary', () => HttpResponse.error()));
    const error = await summary().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', status: 0 });
  });

  it('tells an abort apart', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await call(client.GET('/api/v1/summary', { signal: controller.signal })).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: 'abort' });
  });

  it('recognises "must be logged in" and read-only answers', () => {
    expect(
      new ApiError({
        kind: 'http',
        status: 403,
        details: ['must be logged in to perform that action'],
      }).needsLogin,
    ).toBe(true);
    expect(new ApiError({ kind: 'http', status: 403, details: ['not an owner'] }).needsLogin).toBe(
      false,
    );
    expect(
      new ApiError({ kind: 'http', status: 503, details: ['crates.io is in read-only mode'] })
        .isReadOnly,
    ).toBe(true);
  });

  it('hides raw JSON details behind a generic message', async () => {
    server.use(
      http.get('*/api/v1/summary', () =>
        HttpResponse.json({ errors: [{ detail: '{"raw":1}' }] }, { status: 500 }),
      ),
    );
    const error = (await summary().catch((e: unknown) => e)) as ApiError;
    expect(error.detail).toBe('The registry had a problem answering.');
  });
});
