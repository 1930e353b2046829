// The mindset self-test (/mindsettest/): taken by keyboard alone, results per area
// compared and kept over a reload, delete, export and import, the quick check, the
// print view, bad stored data, no storage and no JavaScript. axe runs on every state.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures';
import { button, holdRequests, pressOn, tabTo } from './helpers';

const PAD = 'mindsettest/';
const KEY = 'zelfsturing:mindsettest';
// After the first full-page check, states are checked where they change: the island.
// (The whole page in both themes is covered by a11y.spec.ts.)
// Both islands of the page (the test and the quick check) sit in .mindset-met-js.
const ISLAND = { include: '.mindset-met-js' };
/** The test's island (the quick check is an island of its own). */
const TEST_ISLAND = 'astro-island[component-url*="/MindsetTest."]';

/** Tabs into a radio group and moves to the wanted radio (0-based) with the arrow keys. */
async function chooseRadio(page: Page, name: string, index: number): Promise<void> {
  const radios = page.locator(`input[type="radio"][name="${name}"]`);
  await tabTo(page, radios);
  const current = await radios.evaluateAll((els) =>
    els.indexOf(document.activeElement as HTMLInputElement),
  );
  if (!(await radios.nth(current).isChecked())) await page.keyboard.press('Space');
  const key = index > current ? 'ArrowRight' : 'ArrowLeft';
  for (let i = 0; i < Math.abs(index - current); i++) await page.keyboard.press(key);
  await expect(radios.nth(index)).toBeChecked();
}

async function open(page: Page): Promise<void> {
  await page.goto(PAD);
  await expect(page.locator(TEST_ISLAND)).not.toHaveAttribute('ssr', '');
}

/** Answers all ten items by keyboard and submits; chooses an area first unless it is null. */
async function takeTest(page: Page, gebied: number | null, posities: number[]): Promise<void> {
  if (gebied !== null) await chooseRadio(page, 'mindset-gebied', gebied);
  for (const [i, positie] of posities.entries())
    await chooseRadio(page, `mindset-item-${i + 1}`, positie - 1);
  await pressOn(page, button(page, 'Bekijk mijn uitslag'));
}

const gebiedKaart = (page: Page, naam: string): Locator =>
  page
    .locator('.mindset-gebiedkaart')
    .filter({ has: page.getByRole('heading', { name: naam, exact: true }) });

test.beforeEach(async ({ page }) => {
  // Count print requests instead of opening the print dialog.
  await page.addInitScript(() => {
    (window as unknown as { prints: number }).prints = 0;
    window.print = () => {
      (window as unknown as { prints: number }).prints++;
    };
  });
});

test('points out unanswered items by name and keeps what was answered', async ({ page }) => {
  await open(page);
  await checkA11y(page);
  await chooseRadio(page, 'mindset-item-1', 3);
  await chooseRadio(page, 'mindset-item-2', 1);
  await pressOn(page, button(page, 'Bekijk mijn uitslag'));

  const summary = page.locator('.mindset-foutoverzicht');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Gebied van je leven',
    ...[
      'Inspanning',
      'Feedback',
      'Succes',
      'Resultaten',
      'Succes van anderen',
      'Fouten',
      'Talent en niveau',
      'Talent',
    ].map((thema, i) => `Item ${i + 3}: ${thema}`),
  ]);
  await expect(page.locator('#mindset-item-1-4')).toBeChecked();
  await expect(page.locator('#mindset-item-2-2')).toBeChecked();
  await expect(page.locator('#mindset-item-3')).toHaveAccessibleDescription(
    /Kies een positie bij dit item/,
  );
  await checkA11y(page, ISLAND);

  // The link moves focus to the item.
  await pressOn(page, page.locator('.mindset-foutoverzicht a[href="#mindset-item-5-1"]'));
  await expect(page.locator('#mindset-item-5-1')).toBeFocused();
});

test('take the test by keyboard for two areas, compare, reload and delete one', async ({
  page,
}) => {
  test.slow(); // three full tests by keyboard
  await open(page);

  // Werk: all answers at position 2 (total 20).
  await takeTest(page, 0, Array(10).fill(2));
  const kop = page.getByRole('heading', { level: 2, name: 'Jouw uitslag: Werk' });
  await expect(kop).toBeFocused();
  await expect(page.locator('.mindset-uitslag figcaption')).toContainText(
    'Je totaal is 20 van de 50',
  );
  await expect(page.getByRole('img', { name: /plek op de lijn/ })).toBeVisible();
  await expect(page.locator('.mindset-reflectie')).toHaveCount(10);
  await expect(page.locator('.mindset-reflectie a').first()).toHaveAttribute(
    'href',
    /\/praktijk\/leerdoelen-en-falen\/$/,
  );
  await expect(page.getByText('Deze uitslag is bewaard in deze browser')).toBeVisible();
  await checkA11y(page, ISLAND);

  // Second area, in the visitor's own words, leaning to growth.
  await pressOn(page, button(page, 'Doe de test nog een keer'));
  await expect(page.locator('#mindset-test-kop')).toBeFocused();
  await chooseRadio(page, 'mindset-gebied', 4);
  await tabTo(page, page.locator('#mindset-gebied-eigen'));
  await page.keyboard.type('Vrijwilligerswerk');
  await takeTest(page, null, [5, 5, 4, 5, 5, 4, 5, 5, 5, 1]);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Jouw uitslag: Vrijwilligerswerk' }),
  ).toBeFocused();
  await expect(page.locator('.mindset-uitslag figcaption')).toContainText('44 van de 50');
  await expect(page.locator('.mindset-reflectie')).toHaveCount(1);

  // Both areas side by side.
  await expect(page.locator('.mindset-gebiedkaart')).toHaveCount(2);
  await expect(gebiedKaart(page, 'Werk')).toContainText('20 van de 50');
  await expect(gebiedKaart(page, 'Vrijwilligerswerk')).toContainText('44 van de 50');
  await checkA11y(page, ISLAND);

  // Kept after a reload.
  await page.reload();
  await expect(page.locator(TEST_ISLAND)).not.toHaveAttribute('ssr', '');
  await expect(page.locator('.mindset-gebiedkaart')).toHaveCount(2);
  await expect(page.getByText('Er zijn 2 uitslagen bewaard.')).toBeVisible();

  // Werk again, later, shows the change over time.
  await takeTest(page, 0, Array(10).fill(3));
  await expect(gebiedKaart(page, 'Werk').locator('.mindset-verloop__stap')).toHaveCount(2);
  await expect(gebiedKaart(page, 'Werk')).toContainText(
    'nu 10 punten meer naar groei dan de eerste keer',
  );
  await expect(gebiedKaart(page, 'Werk')).toContainText('+10 ten opzichte van de vorige keer');

  // Delete one.
  await pressOn(page, button(page, /^Verwijderen uitslag Vrijwilligerswerk/));
  await expect(page.locator('#mindset-gebieden-kop')).toBeFocused();
  await expect(page.locator('.mindset-gebiedkaart')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Vrijwilligerswerk' })).toContainText(
    'is verwijderd',
  );
  await page.reload();
  await expect(page.locator('.mindset-gebiedkaart')).toHaveCount(1);
});

test('export, delete all and import again; a foreign or broken file changes nothing', async ({
  page,
}, testInfo) => {
  const antwoorden = (p: number) => Array(10).fill(p);
  const opgeslagen = JSON.stringify({
    v: 1,
    data: [
      { id: 'r1', datum: '2025-03-01T10:00:00.000Z', gebied: 'Werk', antwoorden: antwoorden(2) },
      { id: 'r2', datum: '2025-04-01T10:00:00.000Z', gebied: 'Werk', antwoorden: antwoorden(3) },
    ],
  });
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, opgeslagen],
  );
  await open(page);
  await expect(gebiedKaart(page, 'Werk')).toContainText(
    'nu 10 punten meer naar groei dan de eerste keer',
  );

  const downloadPromise = page.waitForEvent('download');
  await pressOn(page, button(page, 'Download je uitslagen als bestand'));
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^mindsettest-uitslagen-\d{4}-\d{2}-\d{2}\.json$/);
  const bestand = testInfo.outputPath('export.json');
  await download.saveAs(bestand);
  const inhoud = JSON.parse(readFileSync(bestand, 'utf8'));
  expect(inhoud).toMatchObject({ soort: 'zelfsturing-mindsettest', versie: 1 });
  expect(inhoud.resultaten).toHaveLength(2);

  await pressOn(page, button(page, 'Alle uitslagen verwijderen'));
  await expect(
    page.getByRole('group', { name: /alle 2 uitslagen wilt verwijderen/ }),
  ).toBeVisible();
  await checkA11y(page, ISLAND);
  await pressOn(page, button(page, 'Ja, alles verwijderen'));
  await expect(page.locator('.mindset-gebiedkaart')).toHaveCount(0);
  await expect(page.getByText('Er zijn nog geen uitslagen bewaard.')).toBeVisible();

  await page.locator('#mindset-import').setInputFiles(bestand);
  await expect(page.locator('.mindset-importmelding')).toHaveText('2 uitslagen toegevoegd.');
  await expect(gebiedKaart(page, 'Werk').locator('.mindset-verloop__stap')).toHaveCount(2);

  // The same file again adds nothing; a foreign file is refused and changes nothing.
  await page.locator('#mindset-import').setInputFiles(bestand);
  await expect(page.locator('.mindset-importmelding')).toContainText(
    '0 uitslagen toegevoegd. 2 stonden er al',
  );
  await page.locator('#mindset-import').setInputFiles({
    name: 'iets-anders.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ soort: 'quizset', items: [1, 2] })),
  });
  await expect(page.locator('.mindset-importmelding')).toContainText(
    'geen bestand van de mindsettest',
  );
  await page.locator('#mindset-import').setInputFiles({
    name: 'kapot.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"soort": "zelfsturing-mindsettest", "versie": 1, "resul'),
  });
  await expect(page.locator('.mindset-importmelding')).toContainText(
    'Dit bestand kunnen we niet lezen',
  );
  await expect(gebiedKaart(page, 'Werk').locator('.mindset-verloop__stap')).toHaveCount(2);
  await checkA11y(page, ISLAND);
});

test('a result has a print view for a conversation with a coach', async ({ page }) => {
  test.slow(); // a full test by keyboard
  await open(page);
  await takeTest(page, 2, [1, 2, 3, 4, 5, 1, 2, 3, 4, 5]);
  await pressOn(page, button(page, 'Afdrukweergave'));

  await expect(page.getByRole('heading', { level: 2, name: 'Uitslag voor Sport' })).toBeFocused();
  await expect(page.locator('.mindset-papier')).toBeHidden();
  await expect(page.locator('.mindset-test')).toHaveCount(0);
  await expect(page.locator('.mindset-adres').first()).toContainText('http://');
  await checkA11y(page, ISLAND);

  await pressOn(page, button(page, 'Afdrukken'));
  expect(await page.evaluate(() => (window as unknown as { prints: number }).prints)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.mindset-afdruk .no-print').first()).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Aantekeningen voor het gesprek' })).toBeVisible();
  await expect(page.locator('.mindset-itemuitslag')).toHaveCount(10);
  await page.emulateMedia({ media: 'screen' });

  await pressOn(page, button(page, 'Terug'));
  await expect(page.getByRole('heading', { level: 2, name: 'Jouw uitslag: Sport' })).toBeFocused();
  await expect(page.locator('.mindset-papier')).toBeVisible();

  // Also from the comparison.
  await pressOn(page, button(page, /^Afdrukweergave uitslag Sport/));
  await expect(page.getByRole('heading', { level: 2, name: 'Uitslag voor Sport' })).toBeVisible();
});

// The result views, the comparison and the data actions load after the first interaction.
const LATER = /\/Results\.[\w-]+\.js$/;

test('a first visit loads the result views only once the visitor uses the test', async ({
  page,
}) => {
  const later: string[] = [];
  page.on('request', (request) => {
    if (LATER.test(request.url())) later.push(request.url());
  });
  await open(page);
  // What a first-time visitor sees is all there without them.
  await expect(page.locator('.mindset-vergelijking')).toContainText('Nog geen uitslagen.');
  await expect(page.getByText('Er zijn nog geen uitslagen bewaard.')).toBeVisible();
  await expect(page.locator('#mindset-import')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(later).toEqual([]);

  await chooseRadio(page, 'mindset-gebied', 0);
  await expect.poll(() => later.length).toBe(1);
  await takeTest(page, null, Array(10).fill(4));
  await expect(page.getByRole('heading', { level: 2, name: 'Jouw uitslag: Werk' })).toBeFocused();
});

test('an area and a position chosen before the test wakes up are kept as answers', async ({
  page,
}) => {
  // The island's code waits: the visitor uses the page as the server sent it.
  const release = await holdRequests(page, /\/MindsetTest\.[\w-]+\.js$/);
  await page.goto(PAD, { waitUntil: 'domcontentloaded' });
  await expect(page.locator(TEST_ISLAND)).toHaveAttribute('ssr', '');
  await page.locator('#mindset-gebied-werk').check();
  await page.locator('#mindset-item-3-4').check();

  release();
  await expect(page.locator(TEST_ISLAND)).not.toHaveAttribute('ssr', '');
  // Both stay chosen and count: one item answered, and no complaint about the area.
  await expect(page.locator('.mindset-voortgang')).toHaveText('1 van de 10 items ingevuld');
  await expect(page.locator('#mindset-gebied-werk')).toBeChecked();
  await expect(page.locator('#mindset-item-3-4')).toBeChecked();
  await pressOn(page, button(page, 'Bekijk mijn uitslag'));
  const overzicht = page.locator('.mindset-foutoverzicht');
  await expect(overzicht).toBeFocused();
  await expect(overzicht.getByRole('link')).toHaveCount(9);
  await expect(overzicht).not.toContainText('Gebied van je leven');

  // The rest answered as usual gives a result for that area, with item 3 at 4.
  for (const nummer of [1, 2, 4, 5, 6, 7, 8, 9, 10])
    await chooseRadio(page, `mindset-item-${nummer}`, 1);
  await pressOn(page, button(page, 'Bekijk mijn uitslag'));
  await expect(page.getByRole('heading', { level: 2, name: 'Jouw uitslag: Werk' })).toBeFocused();
  await expect(page.locator('.mindset-uitslag figcaption')).toContainText(
    'Je totaal is 22 van de 50',
  );
});

test('a result submitted while its view still loads appears, with the focus, once it is there', async ({
  page,
}) => {
  test.slow(); // a full test by keyboard
  const release = await holdRequests(page, LATER);
  await open(page);
  await takeTest(page, 1, Array(10).fill(2));
  const wacht = page.locator('#mindset-uitslag-wacht');
  await expect(wacht).toHaveText('Je uitslag wordt geladen…');
  await expect(wacht).toBeFocused();
  await checkA11y(page, ISLAND);

  release();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Jouw uitslag: Leren of studie' }),
  ).toBeFocused();
  await expect(page.locator('.mindset-uitslag figcaption')).toContainText(
    'Je totaal is 20 van de 50',
  );
  await expect(page.locator('.mindset-gebiedkaart')).toHaveCount(1);
});

test('when the result views cannot load, says so and loads them on a retry', async ({ page }) => {
  test.slow(); // a full test by keyboard
  let fail = true;
  await page.route(LATER, (route) => (fail ? route.abort() : route.continue()));
  await open(page);
  await takeTest(page, 0, Array(10).fill(5));
  const wacht = page.locator('#mindset-uitslag-wacht');
  await expect(wacht).toContainText('Dit deel van de mindsettest kon niet worden geladen.');
  await expect(wacht).toBeFocused();
  // The result is saved all the same.
  await expect(page.getByText('Er is 1 uitslag bewaard.')).toBeVisible();
  await expect(page.locator('.mindset-vergelijking')).toContainText('kon niet worden geladen');
  await checkA11y(page, ISLAND);

  fail = false;
  await pressOn(page, wacht.getByRole('button', { name: 'Opnieuw proberen' }));
  await expect(page.getByRole('heading', { level: 2, name: 'Jouw uitslag: Werk' })).toBeFocused();
  await expect(page.locator('.mindset-uitslag figcaption')).toContainText('50 van de 50');
  await expect(gebiedKaart(page, 'Werk')).toContainText('50 van de 50');
});

test('the quick check reads which pair members you agree with', async ({ page }) => {
  await open(page);
  const lezing = page.locator('.mindset-snel-lezing');
  await expect(lezing).toContainText('Kies bij beide paren');

  await chooseRadio(page, 'mindset-snel-intelligentie', 1);
  await chooseRadio(page, 'mindset-snel-persoonlijkheid', 1);
  await expect(lezing).toContainText('groeimindset');
  await expect(lezing).toContainText('meesterschapsrespons');

  await chooseRadio(page, 'mindset-snel-persoonlijkheid', 0);
  await expect(lezing).toContainText(
    'Over intelligentie denk je eerder in groei, over persoonlijkheid eerder dat het vastligt',
  );

  await chooseRadio(page, 'mindset-snel-intelligentie', 0);
  await expect(lezing).toContainText('vaste mindset');
  await expect(lezing).toContainText('hulpeloosheidsrespons');
  await checkA11y(page, ISLAND);
});

test('the quick check loads its code only when it comes near, and keeps choices made before that', async ({
  page,
}) => {
  const SNEL = /\/QuickCheck\.[\w-]+\.js$/;
  const geladen: string[] = [];
  page.on('request', (request) => {
    if (SNEL.test(request.url())) geladen.push(request.url());
  });
  const release = await holdRequests(page, SNEL);
  await open(page);
  await page.waitForLoadState('networkidle');
  // Far below the first screen: not downloaded by a visitor who does not go there.
  expect(geladen).toEqual([]);

  // Scrolled to, it asks for its code; the server's markup can be used meanwhile.
  const check = page.locator('.mindset-snelle-check');
  await check.scrollIntoViewIfNeeded();
  await expect.poll(() => geladen.length).toBe(1);
  await page.locator('#mindset-snel-intelligentie-groei').check();
  await page.locator('#mindset-snel-persoonlijkheid-groei').check();
  release();

  const lezing = page.locator('.mindset-snel-lezing');
  await expect(lezing).toContainText('groeimindset');
  await expect(page.locator('#mindset-snel-intelligentie-groei')).toBeChecked();
  await expect(page.locator('#mindset-snel-persoonlijkheid-groei')).toBeChecked();
  // And it works as usual from then on.
  await page.locator('#mindset-snel-persoonlijkheid-vast').check();
  await expect(lezing).toContainText(
    'Over intelligentie denk je eerder in groei, over persoonlijkheid eerder dat het vastligt',
  );
});

test('a corrupt stored value is set aside with a message; the test still works', async ({
  page,
}) => {
  test.slow(); // a full test by keyboard
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"v":1,"data":[{"id":"x"');
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  await open(page);
  const melding = page.locator('.mindset-melding');
  await expect(melding).toContainText('beschadigd');
  await checkA11y(page, ISLAND);
  const kept = await page.evaluate((key) => {
    const aside = Object.keys(localStorage).filter((k) => k.startsWith(`${key}:apart:`));
    return aside.map((k) => localStorage.getItem(k));
  }, KEY);
  expect(kept).toEqual(['{"v":1,"data":[{"id":"x"']);

  await pressOn(page, page.locator('.mindset-melding button'));
  await expect(melding).toHaveCount(0);
  await takeTest(page, 1, Array(10).fill(4));
  await expect(
    page.getByRole('heading', { level: 2, name: 'Jouw uitslag: Leren of studie' }),
  ).toBeFocused();
  await page.reload();
  await expect(page.locator('.mindset-gebiedkaart')).toHaveCount(1);
});

test('without storage the test works and says results cannot be kept', async ({ page }) => {
  test.slow(); // a full test by keyboard
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Opslag geweigerd', 'SecurityError');
      },
    });
  });
  await open(page);
  await expect(page.locator('.mindset-gegevens .mindset-waarschuwing')).toContainText('niet toe');
  await takeTest(page, 3, Array(10).fill(3));
  await expect(
    page.getByRole('heading', { level: 2, name: 'Jouw uitslag: Relaties' }),
  ).toBeFocused();
  await expect(page.locator('.mindset-uitslag')).toContainText(
    'kan in deze browser niet worden bewaard',
  );
  await expect(page.locator('.mindset-uitslag')).toContainText('rond het midden');
  await checkA11y(page, ISLAND);
});

test('works on a 320 px wide screen without sideways scrolling', async ({ page }) => {
  test.slow(); // a full test by keyboard
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page);
  const breed = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(breed).toBeLessThanOrEqual(320);
  await takeTest(page, 0, Array(10).fill(5));
  await expect(page.locator('.mindset-uitslag figcaption')).toContainText('50 van de 50');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every item with how to score it on paper', async ({ page }) => {
    await page.goto(PAD);
    await expect(page.locator('.mindset-met-js')).toBeHidden();
    await expect(page.locator('noscript')).toHaveCount(1);
    const papier = page.locator('#op-papier');
    await expect(papier.locator('.mindset-papier-item')).toHaveCount(10);
    await expect(papier.locator('.mindset-papier-item').first()).toContainText(
      'Mijn intelligentie ligt vast.',
    );
    await expect(papier).toContainText('Tel de tien cijfers bij elkaar op');
    await expect(papier.getByRole('row')).toHaveCount(4);
    await expect(papier.getByRole('rowheader', { name: '10 tot en met 24' })).toBeVisible();
    await expect(papier).toContainText('Snelle check op papier');
  });
});

// axe needs JavaScript in the page, so the paper version (what a visitor without
// JavaScript sees below the introduction) is checked in a normal page.
test('the paper version is axe clean', async ({ page }) => {
  await open(page);
  await checkA11y(page, { include: '#op-papier' });
});
