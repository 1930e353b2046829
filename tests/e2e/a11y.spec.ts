import { test, checkA11y, useTheme } from './fixtures';
import { builtPages } from './pages';

// Every built page, in the light and the dark theme, must be free of axe violations.
const pages = builtPages();

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe in the ${theme} theme`, () => {
    for (const path of pages) {
      test(`/${path}`, async ({ page }) => {
        await useTheme(page, theme);
        await page.goto(path);
        await checkA11y(page);
      });
    }
  });
}
