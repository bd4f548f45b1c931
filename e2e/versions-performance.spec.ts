import { expect, test } from './fixtures';

// The measured figure for the crate with 2,100 versions (docs/performance.md).
// Generous bounds: CI machines are small and shared; the point is to catch a
// list that stops paging (rendering everything) or stalls.
test.describe('versions list performance', () => {
  test('the 2,100-version list shows its first page fast and pages in the rest', async ({
    page,
  }, testInfo) => {
    await page.goto('/crates/nightly-build-tool');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const start = Date.now();
    await page
      .getByRole('navigation', { name: 'nightly-build-tool crate subpages' })
      .getByRole('link', { name: /Versions/ })
      .click();
    const list = page.getByRole('list', { name: 'Versions of nightly-build-tool' });
    await expect(list.getByRole('listitem')).toHaveCount(100);
    const firstPage = Date.now() - start;

    const all = Date.now();
    await expect
      .poll(
        async () => {
          await page.mouse.wheel(0, 100_000);
          return list.getByRole('listitem').count();
        },
        { timeout: 60_000, intervals: [100] },
      )
      .toBe(2100);
    const everything = Date.now() - all;

    // Scrolling through 2,100 rendered rows stays cheap (content-visibility).
    const frame = await page.evaluate(async () => {
      const t0 = performance.now();
      window.scrollTo(0, 0);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return performance.now() - t0;
    });

    testInfo.annotations.push({
      type: 'measurement',
      description: `first 100 rows: ${firstPage} ms; all 2,100 rows paged in: ${everything} ms; scroll to top + 2 frames: ${Math.round(frame)} ms`,
    });
    console.log(testInfo.annotations.at(-1)?.description);
    expect(firstPage).toBeLessThan(5_000);
    expect(frame).toBeLessThan(1_000);
  });
});
