// Screenshots of pages at desktop and phone width, light and dark, for looking
// at what we build. Usage: node scripts/screenshots.mjs [base-url] path...
// (against `npm start`, base http://localhost:5173). Writes screenshots/*.png.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [base = 'http://localhost:5173', ...routes] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch(existsSync(executablePath) ? { executablePath } : {});
mkdirSync('screenshots', { recursive: true });

const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 780 } };
for (const route of routes.length ? routes : ['/']) {
  for (const [sizeName, viewport] of Object.entries(sizes)) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme: scheme });
      page.on(
        'console',
        (m) => m.type() === 'error' && console.log(`  console error on ${route}: ${m.text()}`),
      );
      page.on('pageerror', (e) => console.log(`  page error on ${route}: ${e.message}`));
      await page.goto(base + route, { waitUntil: 'networkidle' });
      await page
        .locator('main h1')
        .first()
        .waitFor({ timeout: 15000 })
        .catch(() => {});
      await page.waitForTimeout(500);
      const name = `${route.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${sizeName}-${scheme}.png`;
      await page.screenshot({ path: `screenshots/${name}`, fullPage: sizeName === 'phone' });
      console.log(`screenshots/${name}`);
      await page.close();
    }
  }
}
await browser.close();
