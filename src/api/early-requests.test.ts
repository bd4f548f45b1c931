import { describe, expect, it } from 'vitest';
import { takeEarlyReadme, takeEarlyResponse } from './early-requests';

const URL_A = 'http://localhost/api/v1/summary';

// As index.html's early script does: the answers, and when they were started. (The early
// script's globals are cleared after each test by src/test/setup.ts.)
function startEarly(requests: Record<string, Promise<Response>>) {
  window.__earlyRequests = requests;
  window.__earlyRequestsAt = performance.now();
}

describe('takeEarlyResponse', () => {
  it('hands over the answer started for exactly that URL, once', async () => {
    startEarly({ [URL_A]: Promise.resolve(new Response('{"ok":1}')) });
    expect(takeEarlyResponse(`${URL_A}?page=2`)).toBeUndefined();
    const taken = takeEarlyResponse(URL_A);
    expect(await (await taken)?.text()).toBe('{"ok":1}');
    expect(takeEarlyResponse(URL_A)).toBeUndefined();
  });

  it('leaves an answer started more than 10 s ago unused', () => {
    startEarly({ [URL_A]: Promise.resolve(new Response('{"ok":1}')) });
    window.__earlyRequestsAt = performance.now() - 10_500;
    expect(takeEarlyResponse(URL_A)).toBeUndefined();
  });

  it('gives nothing when no early script ran', () => {
    expect(takeEarlyResponse(URL_A)).toBeUndefined();
  });

  it('rejects when the caller aborts, as a fetch would', async () => {
    startEarly({ [URL_A]: new Promise<Response>(() => {}) });
    const controller = new AbortController();
    const taken = takeEarlyResponse(URL_A, controller.signal);
    controller.abort(new DOMException('stop', 'AbortError'));
    await expect(taken).rejects.toThrow('stop');
  });
});

describe('takeEarlyReadme', () => {
  it("hands over the chain started for that crate, however the URL spelled it, once, and nothing for another crate's", async () => {
    const file = Promise.resolve({
      url: 'https://static.crates.io/r.html',
      response: new Response('<p>hi</p>'),
    });
    window.__earlyRequestsAt = performance.now();
    window.__earlyReadme = {
      name: 'Serde',
      chain: Promise.resolve({ name: 'serde', version: '1.0.0', file }),
    };
    expect(await takeEarlyReadme('tokio')).toBeNull();
    const taken = await takeEarlyReadme('serde');
    expect(taken?.version).toBe('1.0.0');
    expect(await (await taken?.file)?.response.text()).toBe('<p>hi</p>');
    expect(await takeEarlyReadme('serde')).toBeNull();
  });

  it('gives nothing when the chain failed', async () => {
    window.__earlyRequestsAt = performance.now();
    window.__earlyReadme = { name: 'serde', chain: Promise.reject(new TypeError('offline')) };
    expect(await takeEarlyReadme('serde')).toBeNull();
  });
});
