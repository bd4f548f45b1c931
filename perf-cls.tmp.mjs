import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w,h] of [[412,823],[360,740],[1280,800]]) for (const path of process.argv.slice(3)) {
  const p = await b.newPage({ viewport: { width: w, height: h } });
  await p.addInitScript(() => { window.__s = []; new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__s.push([e.value.toFixed(4), e.sources.map(s => (s.node?.nodeType===1 ? s.node : s.node?.parentElement)?.outerHTML?.slice(0, 90))]); }).observe({ type: 'layout-shift', buffered: true }); });
  await p.goto(process.argv[2] + path); await p.waitForLoadState('networkidle'); await p.waitForTimeout(500);
  console.log(w, path, JSON.stringify(await p.evaluate(() => window.__s)));
  await p.close();
}
await b.close();
