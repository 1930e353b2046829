// The goal rewriter (/doelen/): a performance goal analysed live, rewritten into a
// learning goal, strategies, an obstacle with an if-then plan and a start plan, saved
// on a doelkaart that survives a reload, the print view; all by keyboard alone. Also
// bad input (empty, too long, HTML), corrupt stored cards, no JavaScript and a sub-path.
import type { Locator, Page } from '@playwright/test';
import { test, expect, checkA11y, useTheme } from './fixtures';
import { button, holdRequests, pressOn, tabTo } from './helpers';

const PAD = 'doelen/';
const KAARTEN = 'zelfsturing:doelkaarten';
const ISLAND = { include: '.goals-eiland' };
const SUB = process.env.E2E_SUB_URL ?? 'http://127.0.0.1:4322/zelfsturing/';

/** Tabs to a field, clears it and types, as a keyboard user would. */
async function typeIn(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

async function open(page: Page, pad = PAD): Promise<void> {
  await page.goto(pad);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', '');
  await expect(page.getByLabel('Schrijf je doel op')).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  // Count print requests instead of opening the print dialog.
  await page.addInitScript(() => {
    (window as unknown as { prints: number }).prints = 0;
    window.print = () => {
      (window as unknown as { prints: number }).prints++;
    };
  });
});

test('from performance goal to a saved doelkaart, by keyboard alone', async ({ page }) => {
  // Hundreds of Tab presses through the whole tool: slow on two shared cores.
  test.slow();
  await open(page);
  await checkA11y(page);

  // 1. Type a performance goal: the analysis shows live.
  await typeIn(
    page,
    page.getByLabel('Schrijf je doel op'),
    'Ik wil deze week vijf vacatures vinden.',
  );
  const analyse = page.locator('.goals-analyse').first();
  await expect(analyse.locator('.goals-type')).toHaveText('Uitkomstdoel');
  await expect(analyse.locator('.goals-check')).toHaveCount(5);
  await expect(analyse).toContainText('Gaat over leren');
  await expect(page.locator('[aria-live="polite"]').first()).toHaveText(
    /Analyse: Uitkomstdoel\. \d van de 5 vragen in orde\./,
  );

  // 2. Take a rewrite.
  await pressOn(page, button(page, /^Gebruik dit: Ik wil leren hoe ik vacatures kan vinden/));
  const leerdoel = page.getByLabel('Jouw leerdoel');
  await expect(leerdoel).toBeFocused();
  await expect(leerdoel).toHaveValue(
    'Ik wil leren hoe ik vacatures kan vinden die bij mij passen.',
  );
  await expect(page.locator('.goals-analyse').nth(1).locator('.goals-type')).toHaveText('Leerdoel');

  // 3. Two strategies.
  await typeIn(
    page,
    page.getByLabel('Strategie 1', { exact: true }),
    'Vraag mijn coach welke sites zij gebruikt',
  );
  await typeIn(
    page,
    page.getByLabel('Strategie 2', { exact: true }),
    'Probeer elke week één nieuw zoekkanaal',
  );

  // 4. An obstacle with its if-then plan, and a start plan with when, where and how.
  await pressOn(page, button(page, 'Obstakel toevoegen'));
  await expect(page.getByLabel('Als …')).toBeFocused();
  await page.keyboard.type('ik geen zin heb');
  await typeIn(page, page.getByLabel('dan …'), 'zet ik een wekker en begin ik tien minuten');
  await expect(page.locator('.goals-plan .goals-zin').first()).toHaveText(
    'Je plan: Als ik geen zin heb, dan zet ik een wekker en begin ik tien minuten.',
  );

  await pressOn(page, button(page, 'Startplan toevoegen'));
  await expect(page.getByLabel('Wanneer?')).toBeFocused();
  await page.keyboard.type('maandag na het ontbijt');
  await typeIn(page, page.getByLabel('Waar?'), 'aan de keukentafel');
  await typeIn(
    page,
    page.getByLabel('Wat doe je dan, en hoe?'),
    'open ik mijn laptop en zoek ik drie vacatures op',
  );
  const start = page.locator('.goals-plan').nth(1);
  await expect(start.locator('.goals-check[data-pass="ja"]')).toHaveCount(3);
  await checkA11y(page, ISLAND);

  // 6. Save the card.
  await pressOn(page, button(page, 'Doelkaart bewaren'));
  await expect(page.locator('.goals-gelukt')).toHaveText(
    'De doelkaart is bewaard op dit apparaat.',
  );
  const opgeslagen = await page.evaluate((key) => localStorage.getItem(key), KAARTEN);
  expect(JSON.parse(opgeslagen!).data[0]).toMatchObject({
    doel: 'Ik wil leren hoe ik vacatures kan vinden die bij mij passen.',
  });

  // Reload: the card is still there; open its print view.
  await page.reload();
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', '');
  const bewaard = page.locator('.goals-bewaard__item');
  await expect(bewaard).toHaveCount(1);
  await expect(bewaard).toContainText(
    'Ik wil leren hoe ik vacatures kan vinden die bij mij passen.',
  );
  await pressOn(page, button(page, /^Afdrukweergave: Ik wil leren hoe ik vacatures/));
  const kaart = page.locator('.goals-afdruk .goals-kaart');
  await expect(page.getByRole('heading', { name: 'Doelkaart', level: 2 })).toBeFocused();
  await expect(kaart).toContainText('Vraag mijn coach welke sites zij gebruikt');
  await expect(kaart).toContainText(
    'Als ik geen zin heb, dan zet ik een wekker en begin ik tien minuten.',
  );
  await expect(kaart).toContainText(
    'Als het maandag na het ontbijt is en ik aan de keukentafel ben, dan open ik mijn laptop en zoek ik drie vacatures op.',
  );
  await expect(page.locator('.goals-intro')).toBeHidden();
  await checkA11y(page);
  await pressOn(page, button(page, 'Afdrukken'));
  expect(await page.evaluate(() => (window as unknown as { prints: number }).prints)).toBe(1);

  // On paper: only the card, no header or buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(kaart).toBeVisible();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(button(page, 'Afdrukken')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await pressOn(page, button(page, 'Terug naar de doelenhulp'));
  await expect(page.locator('#goals-afdruk-' + JSON.parse(opgeslagen!).data[0].id)).toBeFocused();
});

test('edits and deletes a saved card, with a confirm step', async ({ page }) => {
  await open(page);
  await page.getByLabel('Schrijf je doel op').fill('Ik wil stoppen met roken.');
  await button(page, /^Gebruik dit: Ik wil leren hoe ik kan stoppen met roken/).click();
  // Make it smaller, as in the stop-smoking example.
  await page
    .getByLabel('In welke situaties is het het moeilijkst?')
    .fill('als ik op mijn werk zin krijg in een sigaret');
  await button(page, 'Maak kleiner').click();
  await button(page, /^Gebruik dit: Ik wil leren omgaan met de momenten waarop/).click();
  await expect(page.getByLabel('Jouw leerdoel')).toHaveValue(
    'Ik wil leren omgaan met de momenten waarop ik op mijn werk zin krijg in een sigaret.',
  );
  await button(page, 'Doelkaart bewaren').click();
  await expect(page.locator('.goals-bewaard__item')).toHaveCount(1);

  await button(page, /^Bewerken:/).click();
  await page
    .getByLabel('Jouw leerdoel')
    .fill('Ik wil uitzoeken wat ik in de pauze kan doen in plaats van roken.');
  await button(page, 'Wijzigingen bewaren').click();
  await expect(page.locator('.goals-gelukt')).toHaveText('De doelkaart is bijgewerkt.');
  await expect(page.locator('.goals-bewaard__item')).toHaveCount(1);
  await expect(page.locator('.goals-bewaard__doel')).toHaveText(
    'Ik wil uitzoeken wat ik in de pauze kan doen in plaats van roken.',
  );

  await button(page, /^Verwijderen: Ik wil uitzoeken/).click();
  await expect(button(page, /^Ja, verwijderen:/)).toBeFocused();
  await checkA11y(page, ISLAND);
  await button(page, /^Ja, verwijderen:/).click();
  await expect(page.locator('.goals-bewaard__item')).toHaveCount(0);
  await expect(page.getByText('Je hebt nog geen doelkaarten bewaard.')).toBeVisible();
});

test('bad input: empty, too long, HTML, emoji and odd spacing', async ({ page }) => {
  await open(page);
  const doel = page.getByLabel('Schrijf je doel op');

  // Empty: a friendly prompt; saving names what is missing and points at the field.
  await doel.focus();
  await expect(page.locator('.goals-analyse')).toContainText('Schrijf hierboven een doel op');
  await button(page, 'Doelkaart bewaren').click();
  await expect(page.locator('#goals-opslaan-fout')).toHaveText(
    'Vul eerst een leerdoel in (stap 2).',
  );
  await expect(page.getByLabel('Jouw leerdoel')).toBeFocused();
  await expect(page.getByLabel('Jouw leerdoel')).toHaveAttribute(
    'aria-describedby',
    /goals-opslaan-fout/,
  );

  // More than 500 characters: a clear message, the text is kept.
  const lang = `Ik wil leren hoe ik vacatures vind. ${'en nog meer '.repeat(45)}`;
  await doel.fill(lang);
  await expect(page.locator('#goals-doel-fout')).toContainText('Op de doelkaart passen er 500');
  await expect(doel).toHaveAttribute('aria-invalid', 'true');
  await expect(doel).toHaveAttribute('aria-describedby', /goals-doel-fout/);
  await expect(doel).toHaveValue(lang);
  await checkA11y(page, ISLAND);

  // HTML and script are shown as text, never run.
  const html =
    '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> Ik wil <b>leren</b> netwerken';
  await doel.fill(html);
  await page.getByLabel('Jouw leerdoel').fill(html);
  await expect(page.locator('.goals-kaart__doel')).toHaveText(html);
  await expect(page.locator('.goals-kaart img, .goals-kaart b, .goals-eiland script')).toHaveCount(
    0,
  );
  expect(
    await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
  ).toBeUndefined();

  // Emoji and odd spacing are fine.
  await doel.fill('Ik   wil    leren   netwerken 💪');
  await expect(page.locator('.goals-analyse').first().locator('.goals-type')).toHaveText(
    'Leerdoel',
  );
});

test('corrupt stored cards are set aside with a message', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"v":1,"data":[{"id":"x","doel":42}]}');
      sessionStorage.setItem('seeded', '1');
    }
  }, KAARTEN);
  await open(page);
  const melding = page.locator('.goals-melding');
  await expect(melding).toContainText('apart gezet');
  const apart = await page.evaluate(
    (key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:apart:`)),
    KAARTEN,
  );
  expect(apart).toHaveLength(1);
  // The tool still works.
  await page.getByLabel('Schrijf je doel op').fill('Ik wil beter communiceren.');
  await expect(page.locator('.goals-analyse').first().locator('.goals-type')).toHaveText(
    'Vaag doel',
  );
  await melding.getByRole('button', { name: 'Melding sluiten' }).click();
  await expect(melding).toHaveCount(0);
});

test('leaders get the SMART and behaviour check; §8.4 warnings show', async ({ page }) => {
  await open(page);
  await page.getByLabel('Schrijf je doel op').fill('Ik wil beter leidinggeven.');
  await page
    .getByLabel('Jouw leerdoel')
    .fill('De komende zes weken stel ik in elke 1-op-1 twee open vragen.');
  await page.getByLabel(/Ik ben leidinggevende/).check();
  const smart = page.locator('.goals-smart');
  await expect(smart.locator('.goals-check')).toHaveCount(6);
  await expect(smart).toContainText('Tijdgebonden: Ja.');
  await expect(smart).toContainText('Acceptabel: Kijk zelf.');

  await page.getByLabel(/streng voor mezelf/).check();
  await expect(page.locator('[data-waarschuwing="perfectionisme"]')).toBeVisible();
  await page.getByLabel('Nee, nog niet').check();
  await expect(page.locator('[data-waarschuwing="motivatie"]')).toContainText('§8.4');
  await checkA11y(page, ISLAND);
});

test('the filled-in tool is axe-clean in the dark theme too', async ({ page }) => {
  await useTheme(page, 'dark');
  await open(page);
  await page.getByLabel('Schrijf je doel op').fill('Ik wil niet meer te laat komen.');
  await button(page, /^Gebruik dit:/)
    .first()
    .click();
  await button(page, 'Obstakel toevoegen').click();
  await page.getByLabel('Als …').fill('de bus te laat is');
  await button(page, 'Startplan toevoegen').click();
  await page.getByLabel('Wanneer?').fill('later');
  await page.getByLabel(/streng voor mezelf/).check();
  await button(page, 'Doelkaart bewaren').click();
  await checkA11y(page, ISLAND);
});

test('works at 320 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await open(page);
  await page
    .getByLabel('Schrijf je doel op')
    .fill('Ik wil niet afgaan tijdens het sollicitatiegesprek.');
  await button(page, 'Obstakel toevoegen').click();
  await button(page, 'Startplan toevoegen').click();
  await expect(page.locator('.goals-analyse').first().locator('.goals-type')).toHaveText(
    'Competitiedoel',
  );
  const breed = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(breed).toBeLessThanOrEqual(320);
});

/** Holds the island's code until `release` is called: the page as it is before the island wakes up. */
async function holdIsland(page: Page): Promise<() => void> {
  const release = await holdRequests(page, '**/_astro/Goals.*.js');
  await page.goto(PAD, { waitUntil: 'domcontentloaded' });
  await expect(page.locator('astro-island')).toHaveAttribute('ssr', '');
  return release;
}

test('the goal field is on the page before the island wakes up, and nothing moves when it does', async ({
  page,
}) => {
  const release = await holdIsland(page);
  const doel = page.getByLabel('Schrijf je doel op');
  await expect(doel).toBeVisible();
  await expect(page.locator('#goals-doel-teller')).toHaveText('0 van 500 tekens');
  const papier = page.getByRole('heading', { name: 'Zo werkt het, ook op papier' });
  const voor = await papier.boundingBox();
  release();
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', '');
  // Give the island's first effects a moment to render, then compare.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
  );
  expect(await papier.boundingBox()).toEqual(voor);
  await expect(page.locator('.goals-hint').last()).toHaveText(
    'Begin met typen: de analyse van je doel verschijnt hier, met de volgende stappen.',
  );
  // The island works as usual.
  await doel.fill('Ik wil deze week vijf vacatures vinden.');
  await expect(page.locator('.goals-analyse').first().locator('.goals-type')).toHaveText(
    'Uitkomstdoel',
  );
});

test('a goal typed before the island wakes up is kept, analysed and stored', async ({ page }) => {
  const release = await holdIsland(page);
  const doel = page.getByLabel('Schrijf je doel op');
  await doel.fill('Ik wil deze week vijf vacatures vinden.');
  release();
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', '');
  await expect(page.locator('.goals-analyse').first().locator('.goals-type')).toHaveText(
    'Uitkomstdoel',
  );
  await expect(doel).toHaveValue('Ik wil deze week vijf vacatures vinden.');
  await expect(page.locator('#goals-doel-teller')).toHaveText('39 van 500 tekens');

  // The draft survives a reload: the stored goal fills the field once the island is awake.
  await page.unrouteAll();
  await open(page);
  await expect(page.getByLabel('Schrijf je doel op')).toHaveValue(
    'Ik wil deze week vijf vacatures vinden.',
  );
  await expect(page.locator('.goals-analyse').first().locator('.goals-type')).toHaveText(
    'Uitkomstdoel',
  );
});

test('when the rest of the tool cannot load, says so, keeps the goal and loads it on a retry', async ({
  page,
}) => {
  let fail = true;
  await page.route('**/_astro/Stappen.*.js', (route) => (fail ? route.abort() : route.continue()));
  await open(page);
  const doel = page.getByLabel('Schrijf je doel op');
  await typeIn(page, doel, 'Ik wil deze week vijf vacatures vinden.');
  await expect(page.getByText('De rest van de doelenhulp kon niet worden geladen.')).toBeVisible();
  await checkA11y(page, ISLAND);

  // Reaching the retry button (and typing on) does not swap it away; pressing it retries.
  const opnieuw = button(page, 'Opnieuw proberen');
  await tabTo(page, opnieuw);
  await expect(opnieuw).toBeFocused();
  fail = false;
  await page.keyboard.press('Enter');
  await expect(page.locator('.goals-analyse').first().locator('.goals-type')).toHaveText(
    'Uitkomstdoel',
  );
  await expect(doel).toHaveValue('Ik wil deze week vijf vacatures vinden.');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the method is explained on the page, with links to the study', async ({ page }) => {
    await page.goto(PAD);
    await expect(page.getByRole('heading', { name: 'Zo werkt het, ook op papier' })).toBeVisible();
    await expect(page.locator('.goals-met-js')).toBeHidden();
    await expect(page.locator('#op-papier a[href$="studie/5-doelen/#5-6"]').first()).toBeVisible();
    await expect(
      page.locator('#op-papier a[href$="studie/8-als-dan-plannen/"]').first(),
    ).toBeVisible();
    await expect(page.locator('noscript')).toHaveCount(1);
  });
});

test('under a sub-path the links in the analysis keep the base path', async ({ page }) => {
  await page.goto(`${SUB}${PAD}`);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', '');
  await page.getByLabel('Schrijf je doel op').fill('Ik wil een baan.');
  const bron = page.locator('.goals-analyse .goals-bron').first();
  await expect(bron).toHaveAttribute('href', /^\/zelfsturing\/studie\/5-doelen\/#5-\d$/);
});
