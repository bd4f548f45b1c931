import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Playwright cannot download browsers on our machines: use Debian's Chromium
// when present (CHROMIUM_PATH overrides), else Playwright's own browser.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const launchOptions = existsSync(chromium) ? { executablePath: chromium } : {};

// Not 4173/4174: other apps on these machines use Vite's default preview ports.
const port = Number(process.env.E2E_PORT ?? 4319);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    // Tracing every test costs time; a failing test's retry records one.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  // The production build (no mock code) served by nginx with the deployment
  // configuration and its CSP (deploy/nginx, scripts/serve.mjs). The registry is
  // mocked per test on the Playwright side (e2e/fixtures.ts), so /api never
  // reaches nginx's proxy (pointed at a closed port, so nothing escapes).
  webServer: {
    // E2E_DIST lets parallel checkouts of work test their own build.
    command: `node scripts/serve.mjs --port ${port} --dist ${process.env.E2E_DIST ?? 'dist'} --registry http://127.0.0.1:9`,
    url: `http://localhost:${port}`,
    reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
    timeout: 60_000,
  },
});
