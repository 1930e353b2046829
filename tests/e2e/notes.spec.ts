// Highlights, notes and reading places (issue #14): made with the mouse and with the
// keyboard, kept over a reload, listed on /aantekeningen/ with a link back to the exact
// place, exported and imported into another browser, deleted; the same under the
// sub-path; axe-clean with highlights in both themes; working offline. The annotation
// code is only fetched once it is needed.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, checkA11y, useTheme } from './fixtures';
import { pressOn } from './helpers';

const CHAPTER = 'studie/5-doelen/';
const SUB = process.env.E2E_SUB_URL ?? 'http://127.0.0.1:4322/zelfsturing/';
const KEY = 'zelfsturing:aantekeningen';

/** The first paragraph of a section, e.g. "5-1". */
const paragraphAfter = (page: Page, section: string) =>
  page.locator(`h2[id="${section}"] ~ p`).first();

/** Drags the mouse over the first words of a paragraph. */
async function dragOver(page: Page, section: string) {
  const p = paragraphAfter(page, section);
  await p.scrollIntoViewIfNeeded();
  const box = (await p.boundingBox())!;
  await page.mouse.move(box.x + 1, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + Math.min(220, box.width - 10), box.y + 8, { steps: 5 });
  await page.mouse.up();
}

const toolbar = (page: Page) => page.getByRole('toolbar', { name: /Markeren of een notitie/ });

/** A stored highlight in the envelope the store writes, for tests that start with some. */
function seeded(exact: string, prefix: string, extra: Record<string, unknown> = {}) {
  return {
    id: `seed-${Math.abs([...exact].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7))}`,
    pagina: CHAPTER,
    quote: { type: 'TextQuoteSelector', exact, prefix, suffix: '' },
    kleur: 'groen',
    notitie: 'Bespreken in het teamoverleg',
    gemaakt: '2026-12-01T10:00:00.000Z',
    gewijzigd: '2026-12-01T10:00:00.000Z',
    ...extra,
  };
}

async function seed(page: Page, list: unknown[]) {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, JSON.stringify({ v: 1, data: list })] as const,
  );
}

test('highlight by mouse and by keyboard, add a note, reload, list, link back, export, import, delete', async ({
  page,
  browser,
}) => {
  await page.goto(CHAPTER);

  // Mouse: drag over words, "Markeer".
  await dragOver(page, '5-1');
  await expect(toolbar(page)).toBeVisible();
  await toolbar(page).getByRole('button', { name: 'Markeer' }).click();
  const first = page.locator('mark.annotations[id]').first();
  await expect(first).toBeVisible();
  await expect(first).toBeFocused();
  // A quote across a link or <em> is one highlight in several pieces.
  const mouseQuote = (await page.locator('mark.annotations').allTextContents()).join('').trim();
  expect(mouseQuote.length).toBeGreaterThan(5);

  // Keyboard: a word selected, the selection grown with Shift+ArrowRight (Chromium has no
  // caret in plain text without caret browsing, so the selection starts with a word),
  // then Tab to the toolbar and on with the keyboard only.
  const p = paragraphAfter(page, '5-3');
  await p.scrollIntoViewIfNeeded();
  const box = (await p.boundingBox())!;
  await page.mouse.dblclick(box.x + 20, box.y + 8);
  for (let i = 0; i < 25; i++) await page.keyboard.press('Shift+ArrowRight');
  const keyboardQuote = (await page.evaluate(() => getSelection()!.toString())).trim();
  expect(keyboardQuote.length).toBeGreaterThan(20);
  await expect(toolbar(page)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(toolbar(page).getByRole('button', { name: 'Markeer' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Markering' });
  await expect(panel).toBeVisible();
  await expect(panel.getByLabel('Notitie')).toBeFocused();
  await page.keyboard.type('Gebruiken bij het gesprek met Leonie');
  await panel.getByRole('button', { name: 'Bewaar' }).click();
  await expect(panel).toBeHidden();
  await expect(page.locator('mark.annotations--notitie')).toHaveCount(1);
  expect((await page.locator('mark.annotations--notitie').allTextContents()).join('')).toBe(
    keyboardQuote,
  );

  // Change the colour of the first one from its panel.
  await first.click();
  await page.getByRole('dialog', { name: 'Markering' }).getByLabel('Roze').check();
  await page.keyboard.press('Escape');
  await expect(page.locator('mark.annotations--roze')).not.toHaveCount(0);

  // A note on a whole section, from the heading's control, with the keyboard only.
  await pressOn(page, page.getByRole('button', { name: 'Notitie bij § 5.4' }));
  const sectionPanel = page.getByRole('dialog', { name: 'Notitie bij § 5.4' });
  await expect(sectionPanel.getByLabel('Notitie')).toBeFocused();
  await page.keyboard.type('Hele paragraaf nalezen');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(sectionPanel).toBeHidden();
  await expect(page.getByRole('note', { name: 'Notitie bij § 5.4' })).toContainText(
    'Hele paragraaf nalezen',
  );

  // Reload: both highlights, the note and the section note are back.
  await page.reload();
  await expect(page.locator('mark.annotations[id]')).toHaveCount(2);
  await expect(page.locator('mark.annotations--notitie')).toHaveCount(1);
  await expect(page.locator('mark.annotations--roze').first()).toContainText(
    mouseQuote.slice(0, 2),
  );
  await expect(page.getByRole('note', { name: 'Notitie bij § 5.4' })).toBeVisible();

  // Mijn aantekeningen: grouped under the chapter, in reading order.
  await page.getByRole('link', { name: 'Mijn aantekeningen' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn aantekeningen' })).toBeVisible();
  const group = page.getByRole('region', { name: /Hoofdstuk 5/ });
  await expect(group.getByRole('listitem')).toHaveCount(3);
  await expect(group.getByRole('listitem').nth(0)).toContainText(mouseQuote.slice(0, 5));
  // The quote is the text as read: a term in it ("doelstellingstheorie") counts, the
  // explanation that pops up from it does not.
  await expect(group.getByRole('listitem').nth(0)).toContainText('De doelstellingstheorie');
  await expect(group.getByRole('listitem').nth(0)).not.toContainText('Theorie van Locke en Latham');
  await expect(group.getByRole('listitem').nth(1)).toContainText(
    'Gebruiken bij het gesprek met Leonie',
  );
  await expect(group.getByRole('listitem').nth(2)).toContainText('Hele paragraaf nalezen');

  // Filter by colour and search in the notes.
  await page.getByLabel('Kleur').selectOption('roze');
  await expect(group.getByRole('listitem')).toHaveCount(1);
  await page.getByLabel('Kleur').selectOption('');
  await page.getByLabel('Zoek in je aantekeningen').fill('leonie');
  await expect(page.locator('.annotations-item')).toHaveCount(1);
  await page.getByLabel('Zoek in je aantekeningen').fill('');

  // Export: Markdown with quote, note and link; the JSON backup.
  const [md] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporteer als Markdown' }).click(),
  ]);
  const markdown = readFileSync((await md.path())!, 'utf8');
  expect(markdown).toContain(`> ${mouseQuote.slice(0, 5)}`);
  expect(markdown).toContain('Notitie: Gebruiken bij het gesprek met Leonie');
  expect(markdown).toMatch(/\]\(http:\/\/127\.0\.0\.1:\d+\/studie\/5-doelen\/#aantekening-/);
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Back-up (JSON)' }).click(),
  ]);
  const backupPath = (await json.path())!;

  // Follow the link back: the page scrolls to the highlight and focuses it.
  await group
    .getByRole('listitem')
    .nth(1)
    .getByRole('link', { name: /Naar de tekst/ })
    .click();
  await expect(page).toHaveURL(/studie\/5-doelen\/#aantekening-/);
  await expect(page.locator('mark.annotations--notitie[id]')).toBeFocused();
  await expect(page.locator('mark.annotations--notitie[id]')).toBeInViewport();

  // Import into a fresh browser: merged; a second import skips duplicates; a bad file is named.
  const other = await browser.newContext({ serviceWorkers: 'block' });
  const fresh = await other.newPage();
  await fresh.goto('aantekeningen/');
  await expect(fresh.getByText('Je hebt nog geen markeringen of notities.')).toBeVisible();
  // The file field works once the page's island is awake (Astro then drops "ssr").
  await expect(fresh.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  const input = fresh.locator('input[type="file"]');
  await input.setInputFiles(backupPath);
  await expect(fresh.locator('.annotations-status')).toContainText('3 aantekeningen toegevoegd');
  await expect(fresh.locator('.annotations-item')).toHaveCount(3);
  await input.setInputFiles(backupPath);
  await expect(fresh.locator('.annotations-status')).toContainText(
    '0 aantekeningen toegevoegd, 3 die je al had overgeslagen',
  );
  await input.setInputFiles({
    name: 'boodschappen.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"melk":2}'),
  });
  await expect(fresh.locator('.annotations-status')).toContainText(
    '“boodschappen.json” is geen back-up',
  );
  await expect(fresh.locator('.annotations-item')).toHaveCount(3);
  await fresh.goto(CHAPTER);
  await expect(fresh.locator('mark.annotations[id]')).toHaveCount(2);
  await other.close();

  // Delete all, after a confirm step.
  await page.goto('aantekeningen/');
  await page.getByRole('button', { name: 'Alles verwijderen' }).click();
  await page.getByRole('button', { name: 'Nee, bewaren' }).click();
  await expect(page.locator('.annotations-item')).toHaveCount(3);
  await page.getByRole('button', { name: 'Alles verwijderen' }).click();
  await page.getByRole('button', { name: 'Ja, alles verwijderen' }).click();
  await expect(page.getByText('Je hebt nog geen markeringen of notities.')).toBeVisible();
  await page.goto(CHAPTER);
  await expect(page.locator('mark.annotations')).toHaveCount(0);
});

test('reading places: "Verder lezen bij §" at the chapter top and on /studie/, and a chapter marked read', async ({
  page,
}) => {
  await page.goto(CHAPTER);
  await page.locator('h2[id="5-3"]').scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('zelfsturing:leesplek') ?? ''))
    .toContain('"sectie":"5-');
  await page.getByRole('button', { name: 'Gelezen' }).click();
  await expect(page.getByRole('button', { name: 'Gelezen' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.reload();
  const verder = page.getByRole('link', { name: /^Verder lezen bij § 5\.\d$/ });
  await expect(verder).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gelezen' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.goto('studie/');
  await expect(
    page.getByRole('link', { name: /Verder lezen: hoofdstuk 5.*§ 5\.\d/ }),
  ).toBeVisible();
  await expect(page.locator('.chapter-overview__link[href$="/5-doelen/"]')).toContainText(
    'Gelezen',
  );
  await expect(page.locator('.chapter-overview__link[href$="/6-reactance/"]')).not.toContainText(
    'Gelezen',
  );
});

test('a highlight whose text is gone is listed as "niet meer gevonden in de tekst", with its quote and note', async ({
  page,
}) => {
  await seed(page, [
    seeded(
      'Deze zin heeft nooit in de studie gestaan, hij is verzonnen voor de test.',
      'Voorafgaande woorden ',
    ),
  ]);
  await page.goto(CHAPTER);
  await expect(
    page.getByText(/1 markering op deze pagina is niet meer gevonden in de tekst/),
  ).toBeVisible();
  await page.goto('aantekeningen/');
  const item = page.locator('.annotations-item');
  await expect(item).toContainText('Niet meer gevonden in de tekst');
  await expect(item).toContainText('Deze zin heeft nooit in de studie gestaan');
  await expect(item).toContainText('Bespreken in het teamoverleg');
});

test('corrupt stored highlights are set aside with a message, and the page keeps working', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('once')) {
      localStorage.setItem('zelfsturing:aantekeningen', '{kapot');
      sessionStorage.setItem('once', '1');
    }
  });
  await page.goto('aantekeningen/');
  await expect(page.getByText(/was beschadigd\. Het is apart gezet/)).toBeVisible();
  const aside = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('zelfsturing:aantekeningen:apart:')),
  );
  expect(aside).toHaveLength(1);
});

test('a full storage: the highlight stays on the page, the reader is told, and what was kept is not lost', async ({
  page,
}) => {
  await seed(page, [seeded('De doelstellingstheorie gaat ervan uit', '')]);
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'zelfsturing:aantekeningen' && sessionStorage.getItem('seeded')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  await page.goto(CHAPTER);
  await expect(page.locator('mark.annotations[id]')).toHaveCount(1);
  await dragOver(page, '5-2');
  await toolbar(page).getByRole('button', { name: 'Markeer' }).click();
  await expect(page.locator('mark.annotations[id]')).toHaveCount(2);
  const warning = page.locator('[data-annotations-warning]');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('de opslag is vol: je markering staat alleen in dit venster');
  const stored = await page.evaluate(
    () => JSON.parse(localStorage.getItem('zelfsturing:aantekeningen')!).data.length,
  );
  expect(stored).toBe(1);
});

test('a reading page fetches the annotation code only on the first selection', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(CHAPTER, { waitUntil: 'networkidle' });
  expect(scripts.filter((u) => /\/reader\.[\w-]+\.js$/.test(u))).toEqual([]);
  await dragOver(page, '5-2');
  await expect(toolbar(page)).toBeVisible();
  expect(scripts.filter((u) => /\/reader\.[\w-]+\.js$/.test(u))).toHaveLength(1);
});

test('the statements box wakes on first use: a click before its code has arrived is replayed, not lost', async ({
  page,
}) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/reading-parts\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('studie/6-reactance/');
  const first = page.locator('li.stelling').first();
  const choice = first.getByRole('button', { name: 'Waar', exact: true });
  await choice.click();
  // The code is still on its way: nothing chosen yet, and the click is kept.
  await expect(choice).toHaveAttribute('aria-pressed', 'false');
  release();
  await expect(choice).toHaveAttribute('aria-pressed', 'true');
  await expect(first.locator('.stelling__feedback')).not.toBeEmpty();
  // Stored answers wake the box at once on the next visit.
  await page.unrouteAll();
  await page.reload();
  await expect(choice).toHaveAttribute('aria-pressed', 'true');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe-clean with highlights, a note and the panel shown (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    const text = await (await page.request.get(CHAPTER)).text();
    // Quote the first words of the chapter's first section, as the page has them.
    expect(text).toContain('id="5-1"');
    await page.goto(CHAPTER);
    await dragOver(page, '5-1');
    await toolbar(page).getByRole('button', { name: 'Notitie' }).click();
    await page.getByRole('dialog', { name: 'Markering' }).getByLabel('Notitie').fill('Een notitie');
    await page
      .getByRole('dialog', { name: 'Markering' })
      .getByRole('button', { name: 'Bewaar' })
      .click();
    await dragOver(page, '5-2');
    await toolbar(page).getByRole('button', { name: 'Markeer' }).click();
    await page.getByRole('button', { name: 'Notitie bij § 5.4' }).click();
    await page
      .getByRole('dialog', { name: 'Notitie bij § 5.4' })
      .getByLabel('Notitie')
      .fill('Paragraafnotitie');
    await page
      .getByRole('dialog', { name: 'Notitie bij § 5.4' })
      .getByRole('button', { name: 'Bewaar' })
      .click();
    await expect(page.locator('mark.annotations[id]')).toHaveCount(2);
    await checkA11y(page);
    await page.locator('mark.annotations[id]').first().click();
    await expect(page.getByRole('dialog', { name: 'Markering' })).toBeVisible();
    await checkA11y(page);
    await page.goto('aantekeningen/');
    await expect(page.locator('.annotations-item')).toHaveCount(3);
    await checkA11y(page);
  });
}

test('under the sub-path: highlight, list, link back', async ({ page }) => {
  await page.goto(SUB + CHAPTER);
  await dragOver(page, '5-1');
  await toolbar(page).getByRole('button', { name: 'Markeer' }).click();
  await expect(page.locator('mark.annotations[id]')).toHaveCount(1);
  const link = page.getByRole('link', { name: 'Mijn aantekeningen' }).first();
  await expect(link).toHaveAttribute('href', '/zelfsturing/aantekeningen/');
  await link.click();
  const back = page.getByRole('link', { name: /Naar de tekst/ });
  await expect(back).toHaveAttribute('href', /^\/zelfsturing\/studie\/5-doelen\/#aantekening-/);
  await back.click();
  await expect(page.locator('mark.annotations[id]')).toBeFocused();
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('after one visit, highlighting and the list work without a network', async ({
    page,
    context,
  }) => {
    test.slow();
    await page.goto('');
    await expect
      .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), {
        timeout: 60_000,
      })
      .toBe(true);
    // One visit: the chapter, one highlight (its code is then on this device) and the list.
    await page.goto(CHAPTER);
    await dragOver(page, '5-1');
    await toolbar(page).getByRole('button', { name: 'Markeer' }).click();
    await expect(page.locator('mark.annotations[id]')).toHaveCount(1);
    await page.goto('aantekeningen/');
    await expect(page.locator('.annotations-item')).toHaveCount(1);

    await context.setOffline(true);
    await page.goto(CHAPTER);
    await expect(page.locator('mark.annotations[id]')).toHaveCount(1);
    await dragOver(page, '5-2');
    await toolbar(page).getByRole('button', { name: 'Markeer' }).click();
    await expect(page.locator('mark.annotations[id]')).toHaveCount(2);
    await page.goto('aantekeningen/');
    await expect(page.locator('.annotations-item')).toHaveCount(2);
    await context.setOffline(false);
  });
});
