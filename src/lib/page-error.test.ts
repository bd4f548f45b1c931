import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { type PageError, toPageError } from './page-error';

const mapped = (error: unknown) => {
  try {
    toPageError({
      notFound: 'serde: Version 9 not found',
      failed: 'Failed',
      link: { label: 'All', to: '/v' },
    })(error);
  } catch (thrown) {
    return thrown as PageError;
  }
  throw new Error('not thrown');
};

describe('toPageError', () => {
  it('tells not found (with a way forward) from login, forbidden and retryable failures', () => {
    expect(mapped(new ApiError({ kind: 'http', status: 404 }))).toMatchObject({
      kind: 'not-found',
      title: 'serde: Version 9 not found',
      link: { label: 'All', to: '/v' },
    });
    expect(mapped(new ApiError({ kind: 'http', status: 401 })).kind).toBe('login');
    expect(
      mapped(new ApiError({ kind: 'http', status: 403, details: ['not an owner'] })).kind,
    ).toBe('forbidden');
    expect(mapped(new ApiError({ kind: 'http', status: 500, details: ['boom'] }))).toMatchObject({
      kind: 'failed',
      detail: 'boom',
    });
    expect(mapped(new ApiError({ kind: 'network' })).kind).toBe('failed');
  });
});
