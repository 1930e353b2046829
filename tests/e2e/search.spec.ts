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

test.describe('search on a phone, with the keyboard up', () => {
  test.use({ viewport: { width: 390, height: 500 } });

  test('the filter starts closed, the placeholder fits and the first result shows above the keyboard', async ({ page }) => {
    await page.goto('studie/6-reactance/');
    await page.getByRole('link', { name: 'Zoeken' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Zoeken in de site' });
    const input = dialog.getByLabel('Zoekterm');
    await expect(input).toBeFocused();
    // The placeholder is not cut off: it fits the field's width.
    const fits = await input.evaluate((el: HTMLInputElement) => {
      const style = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return ctx.measureText(el.placeholder).width <= room;
    });
    expect(fits, 'placeholder fits the search field').toBe(true);
    await input.fill('reactantie');
    const first = dialog.locator('.pagefind-ui__result').first();
    await expect(first).toBeVisible();
    await expect(dialog.locator('.pagefind-ui__filter-block')).not.toHaveAttribute('open', '');
    // The first result's title and its first section are inside the 500 px viewport.
    await expect(first.locator('.pagefind-ui__result-title').first()).toBeInViewport({ ratio: 1 });
    await expect(first.locator('.pagefind-ui__result-nested').first()).toBeInViewport();
    // The chapter number is in the title; the explaining section comes first.
    await expect(first.locator('.pagefind-ui__result-title').first()).toHaveText(/^H6 · Reactance/);
    await expect(first.locator('.pagefind-ui__result-nested a').first()).toHaveAttribute('href', /#6-[13]/);
  });
});

test('a question that matches nothing as a whole is relaxed, and the page says so', async ({ page }) => {
  await page.goto(`zoeken/?q=${encodeURIComponent('hoeveel uur per week solliciteren')}`);
  const notice = page.getByRole('status').filter({ hasText: 'Geen resultaat voor alle woorden' });
  await expect(notice).toContainText('dit zijn resultaten voor');
  await expect(notice).not.toContainText('hoeveel');
  const first = page.locator('.pagefind-ui__result').first();
  await expect(first.locator('.pagefind-ui__result-title').first()).toHaveText(/^H9 · /);
  await expect(first.locator('.pagefind-ui__result-nested a').first()).toHaveAttribute('href', /#9-1/);
  // The field keeps what was typed.
  await expect(page.getByLabel('Zoekterm')).toHaveValue('hoeveel uur per week solliciteren');
  // A query that finds something as typed shows no such message.
  await page.getByLabel('Zoekterm').fill('reactance');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
  await expect(page.locator('.search-relaxed')).toHaveText('');
});

test('a glossary result is titled by the term, not its letter', async ({ page }) => {
  await page.goto(`zoeken/?q=${encodeURIComponent('goal shielding')}`);
  const glossary = page.locator('.pagefind-ui__result').filter({ has: page.locator('a[href*="/begrippen/"]') }).first();
  await expect(glossary).toBeVisible();
  await expect(glossary.locator('.pagefind-ui__result-nested a').first()).toContainText('goal shielding');
});
