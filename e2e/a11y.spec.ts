// Every page (e2e/routes.ts) passes axe (the audit() fixture's rules) at
// 360 px in the light and the dark theme. (Other specs audit the pages' states
// at 1280 px.)
import { expect, test } from './fixtures';
import { routeGroups } from './routes';

test.use({ viewport: { width: 360, height: 740 } });

for (const { who, routes } of routeGroups) {
  test(`axe at 360 px, light and dark: ${routes.map(([url]) => url).join(' ')}`, async ({
    page,
    login,
    audit,
  }) => {
    // Five pages, two scans each: more than one page's time on a busy machine.
    test.slow();
    if (who !== 'anyone') await login();
    for (const [url, ready] of routes) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1, name: ready })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await audit();
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveClass(/dark/);
      await audit();
    }
  });
}
