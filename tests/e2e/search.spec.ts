import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

async function results(page: Page) {
  const list = page.locator('.pagefind-ui__result');
  await expect(list.first()).toBeVisible();
  return list;
}

test.describe('search', () => {
  test('nothing for search is downloaded until search is opened', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto('studie/2-zelfsturing/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => /pagefind/i.test(u))).toEqual([]);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Zoeken in de site' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Zoekterm').fill('doel');
    await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
    expect(requested.some((u) => u.includes('/pagefind/'))).toBe(true);
  });

  test('"zelfregulatie" lists chapter 2 first, from the header button', async ({ page }) => {
    await page.goto('');
    await page.getByRole('link', { name: /Zoeken/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Zoeken in de site' });
    await dialog.getByLabel('Zoekterm').fill('zelfregulatie');
    const list = await results(page);
    await expect(list.first().locator('.pagefind-ui__result-title').first()).toContainText('Re-integratie en zelfsturing');
  });

  test('Ctrl+K opens search and Escape closes it, returning focus', async ({ page }) => {
    await page.goto('over/');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Zoeken in de site' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Zoekterm')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('Dutch word forms: "doelen" and "doel" find the same pages', async ({ page }) => {
    const count = async (q: string) => {
      await page.goto(`zoeken/?q=${encodeURIComponent(q)}`);
      await results(page);
      const text = await page.locator('.pagefind-ui__message').textContent();
      return Number(/(\d+)/.exec(text ?? '')?.[1] ?? 0);
    };
    const plural = await count('doelen');
    const singular = await count('doel');
    expect(plural).toBeGreaterThan(0);
    expect(plural).toBe(singular);
  });

  test('the search page works from a ?q= link, filters by kind and highlights on the result page', async ({ page }) => {
    await page.goto('zoeken/?q=zelfregulatie');
    const list = await results(page);
    await expect(page.locator('.pagefind-ui__filter-name', { hasText: 'soort' })).toHaveCount(1);
    await list.first().locator('a').first().click();
    await expect(page).toHaveURL(/markeer=zelfregulatie/);
    await expect(page.locator('mark').first()).toBeVisible();
  });
});
