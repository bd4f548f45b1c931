import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** When each registry request of the page started and was answered (ms since the first). */
function recordRequests(page: Page) {
  const t0 = Date.now();
  const started = new Map<string, number>();
  const answered = new Map<string, number>();
  const label = (url: string) => new URL(url).pathname;
  page.on('request', (r) => {
    if (r.url().includes('/api/')) started.set(label(r.url()), Date.now() - t0);
  });
  page.on('requestfinished', (r) => {
    if (r.url().includes('/api/')) answered.set(label(r.url()), Date.now() - t0);
  });
  return { started, answered };
}

// Loaders start every request that needs only the URL before waiting for anything:
// a slow answer holds up only what truly depends on it.
test.describe('route loaders start independent requests at once', () => {
  test('a version page asks for owners and downloads before its slow version answers; a range asks for versions before its slow crate answers', async ({
    page,
    registry,
    audit,
  }) => {
    registry.fault('find_version', { kind: 'slow', ms: 1500 });
    const version = recordRequests(page);
    await page.goto('/crates/serde/1.0.100');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/serde\s*v1\.0\.100/);
    const versionAnswered = version.answered.get('/api/v1/crates/serde/1.0.100') ?? 0;
    expect(versionAnswered).toBeGreaterThan(0);
    expect(version.started.get('/api/v1/crates/serde/owners')).toBeLessThan(versionAnswered);
    expect(version.started.get('/api/v1/crates/serde/1.0.100/downloads')).toBeLessThan(
      versionAnswered,
    );
    await audit();

    registry.clearFaults();
    registry.fault('find_crate', { kind: 'slow', ms: 1500 });
    const range = recordRequests(page);
    await page.goto('/crates/tokio/range/%5E1.0');
    await expect(page).toHaveURL(/\/crates\/tokio\/1\.\d+\.\d+$/);
    const crateAnswered = range.answered.get('/api/v1/crates/tokio') ?? 0;
    expect(crateAnswered).toBeGreaterThan(0);
    expect(range.started.get('/api/v1/crates/tokio/versions')).toBeLessThan(crateAnswered);
  });
});
