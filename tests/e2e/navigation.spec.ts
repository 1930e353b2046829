import { test, expect } from './fixtures';

test.describe('keyboard only', () => {
  test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
    await page.goto('studie/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#inhoud$/);
  });

  test('a reader reaches a chapter and the next one with the keyboard alone', async ({ page }) => {
    await page.goto('');
    // Tab to the main navigation's "Studie" link.
    const studie = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Studie' });
    for (let i = 0; i < 10 && !(await studie.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(studie).toBeFocused();
    const outline = await studie.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline, 'focus is visible').not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/studie\/$/);

    // Tab until the first chapter link in the overview, then open it.
    const first = page.locator('.chapter-overview a').first();
    for (let i = 0; i < 25 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/studie\/1-inleiding\/$/);

    // The "next chapter" link is reachable and leads to chapter 2.
    const next = page.getByRole('link', { name: /Volgende/ });
    await next.focus();
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/studie\/2-zelfsturing\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Re-integratie en zelfsturing');
  });

  test('every section heading has a link to itself', async ({ page }) => {
    await page.goto('studie/2-zelfsturing/');
    const heading = page.locator('h2[id="2-2"]');
    await expect(heading).toBeVisible();
    await expect(heading.locator('a.anker')).toHaveAttribute('href', '#2-2');
  });
});

test.describe('theme', () => {
  test('a chosen theme persists across pages and is applied before paint', async ({ page }) => {
    await page.goto('');
    const toggle = page.getByRole('button', { name: /^Kleurthema/ });
    await toggle.click(); // automatisch -> licht
    await toggle.click(); // licht -> donker
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.goto('studie/2-zelfsturing/', { waitUntil: 'commit' });
    // The inline head script sets the theme before the body renders.
    await page.waitForSelector('body', { state: 'attached' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(18, 22, 27)');
    await toggle.click(); // donker -> automatisch
    await page.goto('over/');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a chapter is fully readable and its statements show their verdict on request', async ({ page }) => {
    await page.goto('studie/2-zelfsturing/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Re-integratie en zelfsturing');
    await expect(page.getByRole('heading', { name: /^2\.1 / })).toBeVisible();
    await expect(page.locator('figure.figuur').first()).toBeVisible();
    await page.getByRole('navigation', { name: 'Hoofdstukken van de studie' }).getByRole('link', { name: /Inleiding/ }).click();
    await expect(page).toHaveURL(/\/studie\/1-inleiding\/$/);
  });

  test('statements keep their verdict in a details element', async ({ page }) => {
    await page.goto('studie/6-reactance/');
    const first = page.locator('.stelling').first();
    await expect(first).toBeVisible();
    await first.locator('summary').click();
    await expect(first.locator('.oordeel')).toBeVisible();
  });
});

test('an unknown address shows a helpful 404 page', async ({ page }) => {
  const response = await page.goto('studie/99-bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await expect(page.getByRole('link', { name: 'Alle hoofdstukken van de studie' })).toBeVisible();
});

test('printing a chapter shows only the chapter, with its address', async ({ page }) => {
  await page.goto('studie/2-zelfsturing/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.reading-grid__nav')).toBeHidden();
  await expect(page.locator('.toc')).toBeHidden();
  await expect(page.locator('.print-url')).toBeVisible();
  await expect(page.locator('.print-url')).toContainText('/studie/2-zelfsturing/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test.describe('reading on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header is one row: name, search, menu; the menu opens in place', async ({ page }) => {
    await page.goto('studie/6-reactance/');
    const header = page.locator('.site-header');
    const height = await header.evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(64);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(nav).toBeHidden();
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(nav).toBeVisible();
    await nav.getByRole('link', { name: 'Begrippen' }).click();
    await expect(page).toHaveURL(/\/begrippen\/$/);
  });

  test('the statements fold into one line that opens in place, and the chapter text starts right after', async ({ page }) => {
    await page.goto('studie/6-reactance/');
    const fold = page.locator('.stellingen__samenvatting');
    await expect(fold).toHaveText(/^\d+ stellingen: test jezelf$/);
    await expect(page.locator('.stelling').first()).toBeHidden();
    // Below the folded block comes §6.1, not two screens of quiz cards.
    const gap = await page.evaluate(() => {
      const block = document.querySelector('.stellingen')!.getBoundingClientRect().bottom;
      const section = document.getElementById('6-1')!.getBoundingClientRect().top;
      return section - block;
    });
    expect(gap).toBeLessThan(400);
    await fold.click();
    await expect(page.locator('.stelling').first()).toBeVisible();
    await expect(page).toHaveURL(/\/studie\/6-reactance\/$/);
  });

  test('back to the top and to search from deep in a chapter', async ({ page }) => {
    await page.goto('studie/3-stadia-van-verandering/');
    const help = page.getByRole('navigation', { name: 'Snel naar' });
    await expect(help).toBeHidden(); // nothing to go back to yet
    await page.locator('[id="3-5"]').scrollIntoViewIfNeeded();
    await expect(help).toBeVisible();
    await help.getByRole('link', { name: 'Zoeken' }).click();
    await expect(page.getByRole('dialog', { name: 'Zoeken in de site' })).toBeVisible();
    await page.keyboard.press('Escape');
    await help.getByRole('link', { name: 'Naar boven' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  });
});

test('a glossary term in the text opens its definition in place, by keyboard, with a link to the entry', async ({ page }) => {
  await page.goto('studie/5-doelen/');
  const term = page.locator('.begrip-tip__knop', { hasText: 'doelstellingstheorie' }).first();
  const tip = page.locator('#begrip-doelstellingstheorie-1');
  await expect(tip).toBeHidden();
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Locke en Latham');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await term.click();
  await tip.getByRole('link', { name: 'Meer in de begrippenlijst' }).click();
  await expect(page).toHaveURL(/\/begrippen\/#doelstellingstheorie$/);
  await expect(page.locator('#doelstellingstheorie')).toBeInViewport();
});

test('a cross-reference to another chapter points to the section it means', async ({ page }) => {
  await page.goto('studie/2-zelfsturing/');
  const hrefs = await page.locator('.prose a[href*="/studie/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.filter((h) => /#\d+-\d+$/.test(h)).length).toBeGreaterThan(0);
});

test('no scroll animation: the page does not smooth-scroll to an anchor', async ({ page }) => {
  await page.goto('studie/6-reactance/#6-3');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  await expect(page.locator('[id="6-3"]')).toBeInViewport();
});
