// The first-load JavaScript budget, measured as the browser really loads it:
// every script a phone requests until the network is idle (lazy chunks
// included, not just the static import graph), at its gzip -9 size.
import { gzipSync } from 'node:zlib';
import budget from '../bundle-budget.json' with { type: 'json' };
import { expect, test } from './fixtures';

test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const [name, route] of Object.entries(budget.routes)) {
  test(`${name}: first-load JS within ${kb(route.js)} gzip`, async ({ page }) => {
    const scripts = new Map<string, Promise<number>>();
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.set(
        new URL(response.url()).pathname,
        response.body().then((body) => gzipSync(body, { level: 9 }).length),
      );
    });
    await page.goto(route.path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(
      [...scripts].map(async ([path, size]) => [path, await size] as const),
    );
    const total = sizes.reduce((sum, [, size]) => sum + size, 0);
    const list = sizes.map(([path, size]) => `${path} ${kb(size)}`).join(', ');
    test.info().annotations.push({
      type: 'first-load JS',
      description: `${route.path}: ${kb(total)} in ${sizes.length} scripts (${list})`,
    });
    console.log(`first-load JS ${route.path}: ${kb(total)} in ${sizes.length} scripts: ${list}`);
    expect(total, `first-load JS of ${route.path}: ${list}`).toBeLessThanOrEqual(route.js);
  });
}
