import { test, expect } from './fixtures';

// A term from one chapter or practice page must lead a reader to that page, and for
// the study to the section that discusses it (Pagefind's sub-results per heading).
const cases: { q: string; path: string; section?: RegExp }[] = [
  { q: 'Littell', path: 'studie/3-stadia-van-verandering/', section: /#3-5$/ },
  { q: 'goal shielding', path: 'studie/8-als-dan-plannen/', section: /#8-\d$/ },
  { q: 'progressiecirkel', path: 'praktijk/positief-in-gesprek/' },
  { q: 'microlearning', path: 'praktijk/leiderschap/' },
  { q: 'regiomanager', path: 'praktijk/ervaringsleren/' },
  { q: 'Erasmus Universiteit', path: 'praktijk/leerdoelen-en-falen/' },
];

for (const { q, path, section } of cases) {
  test(`searching "${q}" lands on /${path}`, async ({ page }) => {
    await page.goto(`zoeken/?q=${encodeURIComponent(q)}`);
    const results = page.locator('.pagefind-ui__result');
    await expect(results.first()).toBeVisible();
    const hit = results.filter({ has: page.locator(`a[href*="/${path}"]`) }).first();
    await expect(hit, `a result for /${path}`).toBeVisible();
    // Among the first three results: a term from one page should rank that page high.
    const rank = await results.evaluateAll(
      (els, p) => els.findIndex((el) => !!el.querySelector(`a[href*="/${p}"]`)),
      path,
    );
    expect(rank).toBeLessThan(3);
    // For the study, one of the page's sub-results leads to the section itself.
    const nested = hit.locator('.pagefind-ui__result-nested a');
    const hrefs = section ? await nested.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')) : [];
    const index = section ? hrefs.findIndex((h) => section.test(h)) : -1;
    if (section) expect(index, `a sub-result for ${section} among ${hrefs.join(', ')}`).toBeGreaterThanOrEqual(0);
    const target = section ? nested.nth(index) : hit.locator('a').first();
    await target.click();
    await expect(page).toHaveURL(new RegExp(`/${path}`));
    if (section) await expect(page).toHaveURL(section);
  });
}
