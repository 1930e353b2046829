import { test, expect } from './fixtures';

// The same site built with BASE_PATH=/zelfsturing/ (dist-sub/) must keep every
// link, asset and the search index under that path.
const base = process.env.E2E_SUB_URL ?? 'http://127.0.0.1:4322/zelfsturing/';

test('under a sub-path every link, asset and the search stay inside it', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(base + 'studie/2-zelfsturing/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Re-integratie en zelfsturing');
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(10);
  expect(hrefs.filter((h) => !h.startsWith('/zelfsturing/'))).toEqual([]);
  const css = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(css).toContain('system-ui');

  await page.keyboard.press('/');
  await page.getByRole('dialog').getByLabel('Zoekterm').fill('zelfregulatie');
  const first = page.locator('.pagefind-ui__result-link').first();
  await expect(first).toHaveAttribute('href', /^\/zelfsturing\/studie\/2-zelfsturing\//);
  await first.click();
  await expect(page).toHaveURL(/\/zelfsturing\/studie\/2-zelfsturing\//);
  expect(failed).toEqual([]);
});
