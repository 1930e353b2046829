// The statement quizzes: the block in a chapter (with and without JavaScript), self-play
// on /quiz/, and the classroom mode on /quiz/klas/ driven by keyboard alone, with tallies,
// a second vote, the end screen and its CSV, resuming after a reload, bad set links,
// bad stored data, and axe in every phase of the presenter in both themes.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, checkA11y, useTheme } from './fixtures';
import { holdRequests } from './helpers';

const HOOFDSTUK = 'studie/6-reactance/';
const KLAS = 'quiz/klas/';
const KLAS_KEY = 'zelfsturing:quiz-klas';

const button = (scope: Page | Locator, name: string | RegExp): Locator =>
  scope.getByRole('button', { name, exact: typeof name === 'string' });

/** Ids and verdicts of the chapter's statements, read from its page. */
async function stellingenVan(
  page: Page,
  pad = HOOFDSTUK,
): Promise<{ id: string; oordeel: string }[]> {
  await page.goto(pad);
  return page.locator('li.stelling[data-id]').evaluateAll((els) =>
    els.map((el) => ({
      id: (el as HTMLElement).dataset.id!,
      oordeel: (el as HTMLElement).dataset.oordeel!,
    })),
  );
}

/** Waits until the presenter listens to the keyboard. */
async function toetsenActief(page: Page): Promise<void> {
  await expect(page.locator('body')).toHaveAttribute('data-quiz-presenter-toetsen', '');
}

/** Waits until the island on the page has hydrated. */
async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', '');
}

/** Presses Tab until the focused element matches the locator. */
async function tabTo(page: Page, target: Locator, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the target');
}

/** Types a tally the way a trainer does: W or M, then the digits. */
async function tel(page: Page, kant: 'w' | 'm', aantal: number): Promise<void> {
  await page.keyboard.press(kant);
  for (const cijfer of String(aantal)) await page.keyboard.press(cijfer);
}

const positie = (page: Page) => page.locator('.quiz-presenter__positie');

test.beforeEach(async ({ page }) => {
  // Count print requests instead of opening the print dialog.
  await page.addInitScript(() => {
    (window as unknown as { prints: number }).prints = 0;
    window.print = () => {
      (window as unknown as { prints: number }).prints++;
    };
  });
});

test.describe('statements in a chapter', () => {
  test('answer, see the verdict, keep it over a reload, and reset', async ({ page }) => {
    await page.goto(HOOFDSTUK);
    const eerste = page.locator('li.stelling').first();
    const oordeel = (await eerste.getAttribute('data-oordeel'))!;
    const fout = oordeel === 'waar' ? 'Misvatting' : 'Waar';

    await expect(eerste).toHaveAttribute('id', /^stelling-/);
    await expect(eerste.locator('details')).toBeHidden();
    await expect(button(eerste, 'Waar')).toHaveAttribute('aria-pressed', 'false');
    await checkA11y(page, { include: '.stellingen' });

    await button(eerste, fout).click();
    await expect(button(eerste, fout)).toHaveAttribute('aria-pressed', 'true');
    await expect(eerste.locator('.stelling__feedback')).toHaveText(/^Niet goed\. Deze stelling is/);
    await expect(eerste.locator('details')).toHaveAttribute('open', '');
    await expect(eerste.locator('.stelling__bron a')).toHaveAttribute(
      'href',
      /\/studie\/6-reactance\/#6-\d/,
    );
    await checkA11y(page, { include: '.stellingen' });

    await page.reload();
    await expect(button(eerste, fout)).toHaveAttribute('aria-pressed', 'true');
    await expect(eerste.locator('details')).toBeVisible();

    await button(page, 'Wis mijn antwoorden').click();
    await expect(page.getByRole('status').filter({ hasText: 'gewist' })).toBeVisible();
    await expect(eerste.locator('details')).toBeHidden();
    await page.reload();
    await expect(button(eerste, fout)).toHaveAttribute('aria-pressed', 'false');
  });

  test('a linked statement is a target', async ({ page }) => {
    const [eerste] = await stellingenVan(page);
    await page.goto(`${HOOFDSTUK}#stelling-${eerste!.id}`);
    await expect(page.locator(`#stelling-${eerste!.id}`)).toBeInViewport();
  });

  test('corrupt stored answers are set aside with a message', async ({ page }) => {
    await page.addInitScript(() =>
      localStorage.setItem('zelfsturing:stellingen:studie/6-reactance', '{kapot'),
    );
    await page.goto(HOOFDSTUK);
    await expect(page.getByText('We hebben ze apart gezet')).toBeVisible();
    const bewaard = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.includes(':apart:')),
    );
    expect(bewaard).toHaveLength(1);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows every verdict in a <details>', async ({ page }) => {
      await page.goto(HOOFDSTUK);
      const eerste = page.locator('li.stelling').first();
      await expect(button(eerste, 'Waar')).toBeHidden();
      await eerste.locator('summary').click();
      await expect(eerste.locator('.oordeel')).toBeVisible();
    });
  });
});

test('self-play through one chapter, then practise the misses', async ({ page }) => {
  const stellingen = await stellingenVan(page);
  await page.goto('quiz/');
  await hydrated(page);
  // The site header is checked by a11y.spec.ts; here the quiz itself.
  await checkA11y(page, { include: 'main' });

  await button(page, 'Start de quiz').click();
  await expect(page.getByText('Kies eerst minstens één hoofdstuk.')).toBeFocused();
  await page.getByRole('checkbox', { name: /Hoofdstuk 6:/ }).check();
  await expect(page.getByText(`Gekozen: ${stellingen.length} stellingen.`)).toBeVisible();
  await button(page, 'Start de quiz').click();

  // Always answer "Waar": every misvatting becomes a miss.
  for (let i = 1; i <= stellingen.length; i++) {
    await expect(
      page.getByRole('heading', { level: 2, name: `Stelling ${i} van ${stellingen.length}` }),
    ).toBeFocused();
    await button(page, 'Waar').click();
    await expect(page.locator('.quiz-feedback__kop')).toBeFocused();
    await expect(page.locator('.quiz-feedback a')).toHaveAttribute(
      'href',
      /\/studie\/6-reactance\/#/,
    );
    if (i === 1) await checkA11y(page, { include: 'main' });
    await button(page, i === stellingen.length ? 'Bekijk je uitslag' : 'Volgende stelling').click();
  }

  const waar = stellingen.filter((s) => s.oordeel === 'waar').length;
  const missers = stellingen.length - waar;
  await expect(page.getByRole('heading', { name: 'Je uitslag' })).toBeFocused();
  await expect(page.locator('.quiz-score')).toHaveText(
    `Je had ${waar} van de ${stellingen.length} stellingen goed.`,
  );
  await expect(page.locator('.quiz-missers li')).toHaveCount(missers);
  await expect(page.locator('.quiz-missers a').first()).toHaveAttribute(
    'href',
    /\/studie\/6-reactance\/#6-\d/,
  );
  await checkA11y(page, { include: 'main' });

  // The round survives a reload, then the misses come back on their own.
  await page.reload();
  await expect(page.locator('.quiz-score')).toBeVisible();
  await button(page, 'Oefen je missers opnieuw').click();
  await expect(
    page.getByRole('heading', { level: 2, name: new RegExp(`Stelling 1 van ${missers}`) }),
  ).toBeVisible();
  await expect(page.getByText('Je missers opnieuw')).toBeVisible();
});

test('a class session of three statements, by keyboard alone', async ({ page }) => {
  const [a, b, c] = await stellingenVan(page);
  await page.goto(`${KLAS}?set=${a!.id},${b!.id},${c!.id}`);
  await hydrated(page);
  await expect(page.locator('.quiz-klas-set li')).toHaveCount(3);
  await checkA11y(page);

  // Choose "second vote after the verdict" and start, by keyboard.
  const na = page.getByRole('radio', { name: /Altijd, na het oordeel/ });
  await tabTo(page, page.getByRole('radio', { name: /Alleen als ik erom vraag/ }));
  await page.keyboard.press('ArrowDown');
  await expect(na).toBeChecked();
  await expect(page).toHaveURL(/tweede=na-oordeel/);
  await tabTo(page, button(page, 'Start de presentatie'));
  await page.keyboard.press('Enter');
  await toetsenActief(page);
  await expect(positie(page)).toHaveText(/Stelling 1 van 3/);
  await expect(page.locator('.quiz-presenter__podium')).toBeFocused();

  // The keys overlay opens with "?" and closes with Esc.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Sneltoetsen' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  // Statement 1: vote 5 / 3, verdict, second vote 2 / 6, shift.
  await page.keyboard.press('Space');
  await expect(positie(page)).toHaveText(/Stemming/);
  await tel(page, 'w', 5);
  await tel(page, 'm', 3);
  await page.keyboard.press('+');
  await page.keyboard.press('-');
  await expect(page.getByLabel('Waar', { exact: true })).toHaveValue('5');
  await expect(page.getByLabel('Misvatting', { exact: true })).toHaveValue('3');
  await expect(page.locator('.balk--waar .balk__label')).toHaveText('Waar: 5 handen (63%)');
  await page.keyboard.press('Enter');
  await expect(positie(page)).toHaveText(/Oordeel/);
  await expect(page.locator('.quiz-presenter__verdict')).toHaveText(
    a!.oordeel === 'waar' ? 'Waar' : 'Misvatting',
  );
  await expect(page.locator('.quiz-presenter__bron a')).toHaveAttribute(
    'href',
    /studie\/6-reactance\/#/,
  );
  await page.keyboard.press('PageDown');
  await expect(positie(page)).toHaveText(/Tweede stemming/);
  await tel(page, 'w', 2);
  await tel(page, 'm', 6);
  await page.keyboard.press('Space');
  await expect(positie(page)).toHaveText(/Verschuiving/);
  await expect(page.locator('.quiz-presenter__balken .balken')).toHaveCount(2);
  const [voor, na2] = a!.oordeel === 'waar' ? [63, 25] : [38, 75];
  await expect(page.locator('.quiz-presenter__verschuiving')).toContainText(
    `eerst ${voor}%, daarna ${na2}%`,
  );

  // Statement 2: one vote, skip the second by moving on with the arrow key.
  await page.keyboard.press('Space');
  await expect(positie(page)).toHaveText(/Stelling 2 van 3/);
  await page.keyboard.press('Space');
  await tel(page, 'w', 4);
  await page.keyboard.press('ArrowRight');
  await expect(positie(page)).toHaveText(/Stelling 3 van 3/);
  // ← goes back to where statement 2 was left.
  await page.keyboard.press('ArrowLeft');
  await expect(positie(page)).toHaveText(/Stelling 2 van 3 · Stemming/);
  await page.keyboard.press('ArrowRight');

  // Statement 3: vote 0 / 12 with the clicker's PageDown, through to the end screen.
  await page.keyboard.press('PageDown');
  await tel(page, 'm', 12);
  await page.keyboard.press('PageDown'); // verdict
  await page.keyboard.press('PageDown'); // second vote
  await page.keyboard.press('PageDown'); // shift
  await page.keyboard.press('PageDown'); // end
  await expect(
    page.getByRole('heading', { level: 1, name: 'Overzicht van de sessie' }),
  ).toBeFocused();
  const rijen = page.locator('.quiz-klas-einde__tabel tbody tr');
  await expect(rijen).toHaveCount(3);
  await expect(rijen.nth(0)).toContainText('Waar 5, misvatting 3');
  await expect(rijen.nth(0)).toContainText('Waar 2, misvatting 6');
  await expect(rijen.nth(1)).toContainText('Waar 4, misvatting 0');
  await expect(rijen.nth(2)).toContainText('Waar 0, misvatting 12');
  await checkA11y(page);

  // CSV export, by keyboard.
  await tabTo(page, button(page, 'Exporteer als CSV'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  expect(download.suggestedFilename()).toMatch(/^klassessie-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const regels = csv.trim().split('\r\n');
  expect(regels).toHaveLength(4);
  expect(regels[0]).toBe(
    'nummer;id;stelling;oordeel;eerste stemming waar;eerste stemming misvatting;tweede stemming waar;tweede stemming misvatting',
  );
  expect(regels[1]).toMatch(new RegExp(`^1;${a!.id};.+;(Waar|Misvatting);5;3;2;6$`));
  expect(regels[2]).toMatch(new RegExp(`^2;${b!.id};.+;4;0;;$`));
  expect(regels[3]).toMatch(new RegExp(`^3;${c!.id};.+;0;12;0;0$`));

  // Print the overview.
  await tabTo(page, button(page, 'Print het overzicht'));
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { prints: number }).prints)).toBe(1);
});

test('a reload or a closed tab resumes the session where it was', async ({ page, context }) => {
  const [a, b] = await stellingenVan(page);
  await page.goto(`${KLAS}?set=${a!.id},${b!.id}&timer=30`);
  await hydrated(page);
  await button(page, 'Start de presentatie').click();
  await toetsenActief(page);
  await page.keyboard.press('Space');
  await expect(page.locator('.quiz-presenter__aftellen')).toHaveText(/0:(30|29|28)/);
  await page.keyboard.press('Space');
  await tel(page, 'w', 7);

  await page.reload();
  await hydrated(page);
  await toetsenActief(page);
  await expect(positie(page)).toHaveText('Stelling 1 van 2 · Stemming');
  await expect(page.getByLabel('Waar', { exact: true })).toHaveValue('7');

  // A new tab on the bare page resumes too.
  const tab = await context.newPage();
  await page.close();
  await tab.goto(KLAS);
  await hydrated(tab);
  await toetsenActief(tab);
  await expect(positie(tab)).toHaveText('Stelling 1 van 2 · Stemming');
  await tab.keyboard.press('ArrowRight');
  await expect(positie(tab)).toHaveText('Stelling 2 van 2 · Stelling');
});

test('a set link with a bad id loads the rest and names the bad one', async ({ page }) => {
  const [a, b] = await stellingenVan(page);
  await page.goto(`${KLAS}?set=${a!.id},h99-bestaat-niet,${b!.id},${a!.id},Kapot!`);
  await hydrated(page);
  await expect(page.locator('.quiz-klas-set li')).toHaveCount(2);
  await expect(page.getByText('h99-bestaat-niet')).toBeVisible();
  await expect(page.getByText(/meer dan eens/)).toContainText(a!.id);
  await expect(page.getByText(/geen stelling/)).toContainText('Kapot!');
  // The address bar now holds the cleaned-up set.
  await expect(page).toHaveURL(new RegExp(`\\?set=${a!.id},${b!.id}$`));
  await checkA11y(page);

  // The hand-out has the set's statements and no verdicts; the answer key has them.
  await button(page, 'Print de hand-out').click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.quiz-klas-afdruk--handout li:visible')).toHaveCount(2);
  await expect(page.locator('.quiz-klas-afdruk--handout')).not.toContainText('Deze stelling is');
  await expect(page.locator('.quiz-klas-bouwer')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
});

test('an empty or wholly invalid set says so and shows the builder', async ({ page }) => {
  await page.goto(`${KLAS}?set=%%%,-x-`);
  await hydrated(page);
  await expect(page.getByText('In deze link staat geen enkele geldige stelling.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Stel een set samen' })).toBeVisible();
  await button(page, 'Start de presentatie').click();
  await expect(page.getByText('Kies eerst minstens één stelling.')).toBeFocused();
});

test('a corrupt stored session is set aside with a message', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('gezet')) {
      localStorage.setItem(key, '{"v":1,"data":{"ids":"kapot"}}');
      sessionStorage.setItem('gezet', '1');
    }
  }, KLAS_KEY);
  await page.goto(KLAS);
  await hydrated(page);
  await expect(page.getByText(/onbekende vorm/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Stel een set samen' })).toBeVisible();
  const apart = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.includes(':apart:')),
  );
  expect(apart).toHaveLength(1);
});

for (const theme of ['light', 'dark'] as const) {
  test(`presenter: axe in every phase, ${theme} theme`, async ({ page }) => {
    test.slow();
    await useTheme(page, theme);
    await page.setViewportSize({ width: 1920, height: 1080 });
    const [a, b] = await stellingenVan(page);
    await page.goto(`${KLAS}?set=${a!.id},${b!.id}&timer=30&tweede=na-oordeel`);
    await hydrated(page);
    await checkA11y(page);
    await button(page, 'Start de presentatie').click();

    // The statement reads from the back of the room: at least 48px at 1920x1080.
    const grootte = await page
      .locator('.quiz-presenter__stelling')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(grootte).toBeGreaterThanOrEqual(48);

    for (const fase of [
      'Stelling',
      'Denktijd',
      'Stemming',
      'Oordeel',
      'Tweede stemming',
      'Verschuiving',
    ]) {
      await expect(positie(page)).toHaveText(new RegExp(`· ${fase}$`));
      if (fase === 'Stemming' || fase === 'Tweede stemming') await tel(page, 'w', 3);
      const size = await page
        .locator('.quiz-presenter__stelling')
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size, fase).toBeGreaterThanOrEqual(48);
      await checkA11y(page);
      await page.keyboard.press('Space');
    }
    await page.keyboard.press('?');
    await checkA11y(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { name: 'Overzicht van de sessie' })).toBeVisible();
    await checkA11y(page);
  });
}

/** Fails the requests matching `pattern` until the returned function is called. */
async function failUntil(page: Page, pattern: RegExp): Promise<() => void> {
  let failing = true;
  await page.route(pattern, (route) => (failing ? route.abort() : route.continue()));
  return () => (failing = false);
}

/** Waits until the page's stylesheets have loaded, so positions are the final ones. */
async function styled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('link[rel="stylesheet"]')].every(
      (l) => (l as HTMLLinkElement).sheet,
    ),
  );
}

/** Top of an element in the page (not the viewport). */
const top = (locator: Locator) =>
  locator.evaluate((el) => el.getBoundingClientRect().top + scrollY);

const LAADFOUT = 'Dit deel van de pagina kon niet worden geladen.';

test('self-play: the choice of pages is there before the script, a choice made then is kept, and nothing moves when it starts', async ({
  page,
}) => {
  const release = await holdRequests(page, /\/QuizZelf\.[^/]*\.js$/);
  await page.goto('quiz/', { waitUntil: 'domcontentloaded' });
  await styled(page);
  // From the server: the pages to choose from, usable before the island's code is there.
  await expect(page.getByRole('heading', { name: 'Kies hoofdstukken' })).toBeVisible();
  await expect(page.locator('astro-island')).toHaveAttribute('ssr', '');
  const footer = page.locator('footer.site-footer');
  const voor = await top(footer);
  const hoofdstuk6 = page.getByRole('checkbox', { name: /Hoofdstuk 6:/ });
  await hoofdstuk6.check();

  release();
  await hydrated(page);
  // The early choice counts: it is still ticked and the island counts its statements.
  await expect(hoofdstuk6).toBeChecked();
  await expect(page.locator('.quiz-gekozen')).toHaveText(/^Gekozen: [1-9]/);
  expect(await top(footer)).toBe(voor);
  await button(page, 'Start de quiz').click();
  await expect(page.getByRole('heading', { level: 2, name: /^Stelling 1 van \d+/ })).toBeVisible();
});

test('self-play: a start pressed before the island wakes up starts the round once it does', async ({
  page,
}) => {
  const release = await holdRequests(page, /\/QuizZelf\.[^/]*\.js$/);
  await page.goto('quiz/', { waitUntil: 'domcontentloaded' });
  await page.getByRole('checkbox', { name: /Hoofdstuk 6:/ }).check();
  await button(page, 'Start de quiz').click();
  // Held, not submitted to the server: the page stays where it is.
  await expect(page.locator('astro-island')).toHaveAttribute('ssr', '');
  release();
  await expect(page.getByRole('heading', { level: 2, name: /^Stelling 1 van \d+/ })).toBeVisible();
});

test('self-play: statements that do not load say so, and load when asked again', async ({
  page,
}) => {
  const stellingen = await stellingenVan(page);
  const gegevens = await failUntil(page, /\/quiz\/stellingen\.json(\?|$)/);
  await page.goto('quiz/');
  await hydrated(page);
  await page.getByRole('checkbox', { name: /Hoofdstuk 6:/ }).check();
  await button(page, 'Start de quiz').click();

  const fout = page.getByRole('alert').filter({ hasText: LAADFOUT });
  await expect(fout).toBeVisible();
  await expect(button(fout, 'Probeer het opnieuw')).toBeFocused();
  await checkA11y(page, { include: 'main' });
  gegevens();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 2, name: `Stelling 1 van ${stellingen.length}` }),
  ).toBeFocused();
  await button(page, 'Waar').click();
  await expect(page.locator('.quiz-feedback__kop')).toBeFocused();
});

test('classroom: the heading and intro are there before the script, the builder follows below them', async ({
  page,
}) => {
  const [a, b] = await stellingenVan(page);
  const release = await holdRequests(page, /\/QuizKlas\.[^/]*\.js$/);
  await page.goto(`${KLAS}?set=${a!.id},${b!.id}`, { waitUntil: 'domcontentloaded' });
  await styled(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Quiz in de klas' })).toBeVisible();
  const intro = page.getByText('Kies hele hoofdstukken of losse stellingen.');
  await expect(intro).toBeVisible();
  const voor = await top(intro);

  release();
  await hydrated(page);
  await expect(page.locator('.quiz-klas-set li')).toHaveCount(2);
  expect(await top(intro)).toBe(voor);
});

test('classroom: single statements are picked from the list of their chapter', async ({ page }) => {
  const stellingen = await stellingenVan(page);
  await page.goto(KLAS);
  await hydrated(page);
  const hoofdstuk = page.getByRole('group', { name: /^Hoofdstuk 6:/ });
  await hoofdstuk.getByText('Losse stellingen kiezen').click();
  const vakjes = hoofdstuk.locator('.quiz-klas-groep__los input[type="checkbox"]');
  await expect(vakjes).toHaveCount(stellingen.length);
  await vakjes.nth(1).check();
  await expect(page.locator('.quiz-klas-set li')).toHaveCount(1);
  await expect(page).toHaveURL(new RegExp(`\\?set=${stellingen[1]!.id}$`));
  await expect(hoofdstuk.getByRole('checkbox', { name: /Het hele hoofdstuk/ })).toHaveJSProperty(
    'indeterminate',
    true,
  );
  await checkA11y(page);
});

test('classroom: a part that does not load says so, and loads when asked again', async ({
  page,
}) => {
  const [a, b] = await stellingenVan(page);
  const bouwer = await failUntil(page, /\/SetBuilder\.[^/]*\.js$/);
  const presentatie = await failUntil(page, /\/Presentatie\.[^/]*\.js$/);
  await page.goto(`${KLAS}?set=${a!.id},${b!.id}`);
  await hydrated(page);

  // The builder.
  const fout = page.getByRole('alert').filter({ hasText: LAADFOUT });
  await expect(fout).toBeVisible();
  await checkA11y(page);
  bouwer();
  await button(fout, 'Probeer het opnieuw').click();
  await expect(page.locator('.quiz-klas-set li')).toHaveCount(2);
  await expect(fout).toBeHidden();

  // The presenter: after the start button has gone, the retry button has the focus.
  await button(page, 'Start de presentatie').click();
  await expect(fout).toBeVisible();
  await expect(button(fout, 'Probeer het opnieuw')).toBeFocused();
  presentatie();
  await page.keyboard.press('Enter');
  await toetsenActief(page);
  await expect(positie(page)).toHaveText('Stelling 1 van 2 · Stelling');
  await expect(page.locator('.quiz-presenter__podium')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(positie(page)).toHaveText('Stelling 1 van 2 · Stemming');
});

test('classroom: the answer key has every verdict, also after its statements failed to load once', async ({
  page,
}) => {
  const [a, b] = await stellingenVan(page);
  const gegevens = await failUntil(page, /\/quiz\/stellingen\.json(\?|$)/);
  await page.goto(`${KLAS}?set=${a!.id},${b!.id}`);
  await hydrated(page);

  await button(page, 'Print het antwoordblad').click();
  const fout = page.getByRole('alert').filter({ hasText: LAADFOUT });
  await expect(fout).toBeVisible();
  gegevens();
  await button(fout, 'Probeer het opnieuw').click();
  await expect(fout).toBeHidden();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { prints: number }).prints))
    .toBe(1);

  await page.emulateMedia({ media: 'print' });
  const antwoorden = page.locator('.quiz-klas-afdruk--antwoorden li:visible');
  await expect(antwoorden).toHaveCount(2);
  for (const [i, s] of [a!, b!].entries()) {
    await expect(antwoorden.nth(i)).toContainText(s.oordeel === 'waar' ? 'Waar.' : 'Misvatting.');
    await expect(antwoorden.nth(i)).toContainText('Bron: Hoofdstuk 6');
  }
  await expect(page.locator('.quiz-klas-bouwer')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
});

test.describe('quiz pages without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const [pad, start] of [
    ['quiz/', 'Start de quiz'],
    [KLAS, 'Start de presentatie'],
  ] as const) {
    test(`/${pad} says where the statements are, and shows no controls that need a script`, async ({
      page,
    }) => {
      await page.goto(pad);
      // Playwright's text matching skips <noscript>, so these look at its elements.
      await expect(
        page.locator('noscript p').filter({ hasText: 'werkt met JavaScript' }),
      ).toBeVisible();
      await expect(page.locator('astro-island')).toBeHidden();
      await expect(page.getByRole('button', { name: start })).toBeHidden();
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    });
  }
});

test('a set link whose reader does not load says so and keeps the link', async ({ page }) => {
  const [a, b] = await stellingenVan(page);
  // The set link's parser is a part of its own, loaded only when the address has a set.
  await page.route('**/_astro/setlink.*.js', (route) => route.abort());
  const link = `?set=${a!.id},${b!.id}`;
  await page.goto(`${KLAS}${link}`);
  await hydrated(page);
  await expect(page.getByText('De set in de link kon niet worden gelezen')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Stel een set samen' })).toBeVisible();
  // The address still holds the set, so reloading tries again.
  await expect(page).toHaveURL(new RegExp(`\\${link}$`));
  await page.unroute('**/_astro/setlink.*.js');
  await page.reload();
  await expect(page.locator('.quiz-klas-set li')).toHaveCount(2);
});
