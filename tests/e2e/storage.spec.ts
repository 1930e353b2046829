// Nothing lost, ever (#18), as a visitor meets it: a save past the limit is refused and
// the list survives a reload (case 1); with storage full, an unusable value stays where
// it is and the page says so, and once there is room it is set aside and shown on
// /mijn-gegevens/ (case 2); a draft with text, a running class session and the builder's
// stop all ask first (cases 3 and 4); a 100 kB paste stays whole in the goal field (case
// 7); and /mijn-gegevens/ lists, exports, imports and deletes with a confirm step.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures';

const KAARTEN = 'zelfsturing:doelkaarten';
const KLAS = 'quiz/klas/';
const KLAS_KEY = 'zelfsturing:quiz-klas';
const KLAS_SECOND_SESSION = 'zelfsturing:quiz-klas-2';

const kaart = (i: number) => ({
  id: `k${i}`,
  oorspronkelijk: '',
  doel: `Ik wil leren hoe ik stap ${i} zet.`,
  strategieen: ['Vraag het iemand', 'Zoek het op'],
  obstakels: [],
  startplannen: [],
  gemaakt: '2025-01-01T00:00:00.000Z',
  gewijzigd: '2025-01-01T00:00:00.000Z',
});
const kaartenBestand = (n: number) =>
  JSON.stringify({
    soort: 'zelfsturing-doelkaarten',
    versie: 1,
    gemaakt: '2025-01-01T00:00:00.000Z',
    kaarten: Array.from({ length: n }, (_, i) => kaart(i)),
  });

async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', '');
}

async function openDoelen(page: Page): Promise<void> {
  await page.goto('doelen/');
  await hydrated(page);
  await expect(page.getByLabel('Schrijf je doel op')).toBeVisible();
}

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

test('case 1: with 200 goal cards, one more is refused with a message, and all 200 are there after a reload', async ({
  page,
}) => {
  await openDoelen(page);
  await page.getByLabel('Schrijf je doel op').fill('Ik wil leren netwerken.');
  await page.getByLabel('Doelkaarten openen uit een bestand').setInputFiles({
    name: 'doelkaarten.json',
    mimeType: 'application/json',
    buffer: Buffer.from(kaartenBestand(200)),
  });
  await expect(page.getByText('200 doelkaarten toegevoegd.')).toBeVisible();
  await page.getByLabel('Jouw leerdoel').fill('Ik wil leren hoe ik een netwerk opbouw.');
  await page.getByRole('button', { name: 'Doelkaart bewaren' }).click();
  await expect(page.locator('#goals-opslaan-fout')).toContainText(
    'Je hebt 200 doelkaarten. Verwijder er eerst een, of download ze en verwijder er dan een.',
  );
  await expect(page.getByText('De doelkaart is bewaard op dit apparaat.')).toHaveCount(0);
  await expect(page.locator('.goals-bewaard__item')).toHaveCount(200);

  await page.reload();
  await hydrated(page);
  await expect(page.locator('.goals-bewaard__item')).toHaveCount(200);
  await expect(page.getByText('Je hebt nog geen doelkaarten bewaard.')).toHaveCount(0);
  await expect(page.locator('.goals-melding')).toHaveCount(0);
  // The draft that did not fit is still there, to save once there is room.
  await expect(page.getByLabel('Jouw leerdoel')).toHaveValue(
    'Ik wil leren hoe ik een netwerk opbouw.',
  );
  expect(JSON.parse((await stored(page, KAARTEN))!).data).toHaveLength(200);
});

test('case 2: storage full while an unusable value must be set aside: it stays where it is, and the page says so', async ({
  page,
}) => {
  await page.goto('over/');
  const raw = `{kapot${'x'.repeat(400_000)}`;
  // Fill the storage to the last character, after an unusable value of the goal tool.
  await page.evaluate(
    ({ key, raw }) => {
      localStorage.clear();
      localStorage.setItem(key, raw);
      let size = 1_000_000;
      let i = 0;
      while (size >= 1) {
        try {
          localStorage.setItem(`vulling:${i}`, 'x'.repeat(size));
          i++;
        } catch {
          size = Math.floor(size / 2);
        }
      }
    },
    { key: KAARTEN, raw },
  );

  await openDoelen(page);
  const melding = page.locator('.goals-melding');
  await expect(melding).toContainText('apart zetten lukt niet');
  await expect(melding).toContainText('onaangeroerd');
  expect(await stored(page, KAARTEN)).toBe(raw);
  // Working on a card does not write over it either.
  await page.getByLabel('Schrijf je doel op').fill('Ik wil leren netwerken.');
  expect(await stored(page, KAARTEN)).toBe(raw);

  // With room again, the value is set aside (copy first) and the tool starts afresh.
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage))
      if (k.startsWith('vulling:')) localStorage.removeItem(k);
  });
  await page.reload();
  await hydrated(page);
  await expect(melding).toContainText('apart gezet');
  expect(await stored(page, KAARTEN)).toBeNull();

  // Mijn gegevens shows the copy with its date and reason, to download.
  await page.goto('mijn-gegevens/');
  await hydrated(page);
  const apart = page.locator('.mg-apart');
  await expect(apart).toHaveCount(1);
  await expect(apart).toContainText('Doelenhulp: bewaarde doelkaarten');
  await expect(apart).toContainText('beschadigd');
  await expect(apart).toContainText('Kan niet worden teruggezet');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    apart.getByRole('button', { name: /downloaden$/ }).click(),
  ]);
  expect(readFileSync((await download.path())!, 'utf8')).toBe(raw);
});

test('case 3: a draft with text is not thrown away without asking', async ({ page }) => {
  await openDoelen(page);
  const veld = page.getByLabel('Schrijf je doel op');
  await veld.fill('Ik wil leren netwerken.');
  const nieuw = page.getByRole('button', { name: 'Nieuwe doelkaart beginnen' });
  await expect(nieuw).toBeVisible();

  let vraag = '';
  page.once('dialog', (d) => {
    vraag = d.message();
    void d.dismiss();
  });
  await nieuw.click();
  expect(vraag).toContain('nog niet bewaard');
  await expect(veld).toHaveValue('Ik wil leren netwerken.');

  page.once('dialog', (d) => void d.accept());
  await nieuw.click();
  await expect(veld).toHaveValue('');

  // An empty draft starts anew without a question.
  let gevraagd = false;
  page.once('dialog', (d) => {
    gevraagd = true;
    void d.dismiss();
  });
  await nieuw.click();
  expect(gevraagd).toBe(false);
});

test('case 4: a running class session is kept or ended only when the trainer says so', async ({
  page,
}) => {
  await page.goto('studie/6-reactance/');
  const ids = await page
    .locator('li.stelling[data-id]')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id!));
  const [a, b, c] = ids;
  await page.goto(`${KLAS}?set=${a},${b}`);
  await hydrated(page);
  await page.getByRole('button', { name: 'Start de presentatie', exact: true }).click();
  await expect(page.locator('.quiz-presenter__positie')).toHaveText(/Stelling 1 van 2/);

  // Another set in the link: the running session is offered, and stopping it asks first.
  await page.goto(`${KLAS}?set=${c}`);
  await hydrated(page);
  const lopend = page.locator('.quiz-klas-lopend', { hasText: 'Er loopt nog een presentatie' });
  await expect(lopend).toBeVisible();
  page.once('dialog', (d) => void d.dismiss());
  await page.getByRole('button', { name: 'Stop die presentatie' }).click();
  await expect(lopend).toBeVisible();
  expect(JSON.parse((await stored(page, KLAS_KEY))!).data.ids).toEqual([a, b]);

  // Starting the new set asks what to do with the running one.
  await page.getByRole('button', { name: 'Start de presentatie', exact: true }).click();
  const keuze = page.getByRole('dialog', { name: 'Er loopt nog een presentatie' });
  await expect(keuze).toBeVisible();
  await checkA11y(page);
  await keuze.getByRole('button', { name: 'Annuleren' }).click();
  await expect(keuze).toBeHidden();
  expect(JSON.parse((await stored(page, KLAS_KEY))!).data.ids).toEqual([a, b]);

  await page.getByRole('button', { name: 'Start de presentatie', exact: true }).click();
  await keuze.getByRole('button', { name: /^Bewaren in het tweede vak/ }).click();
  await expect(page.locator('.quiz-presenter__positie')).toHaveText(/Stelling 1 van 1/);
  expect(JSON.parse((await stored(page, KLAS_SECOND_SESSION))!).data.ids).toEqual([a, b]);

  // The kept session comes back from the builder.
  await page.goto(KLAS);
  await hydrated(page);
  await expect(page.locator('.quiz-presenter__positie')).toHaveText(/Stelling 1 van 1/);
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Stoppen' }).click();
  await expect(page.locator('.quiz-klas-tweede')).toContainText('In het tweede vak');
  await page.getByRole('button', { name: 'Die hervatten' }).click();
  await expect(page.locator('.quiz-presenter__positie')).toHaveText(/Stelling 1 van 2/);
});

test('case 7: a 100 kB paste stays whole in the goal field, the counter says it is over, saving says what to shorten', async ({
  page,
}) => {
  await openDoelen(page);
  const groot = 'Ik wil leren netwerken met mensen uit mijn vak. '.repeat(2200);
  expect(groot.length).toBeGreaterThan(100_000);
  const veld = page.getByLabel('Schrijf je doel op');
  await veld.fill(groot);
  await expect(page.locator('#goals-doel-teller')).toHaveText(`${groot.length} van 500 tekens`);
  await expect(page.locator('#goals-doel-teller')).toHaveClass(/goals-teller--over/);
  await expect(veld).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#goals-doel-fout')).toContainText('Maak het korter');
  expect(await veld.evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(groot.length);

  await page.getByLabel('Jouw leerdoel').fill('Ik wil leren hoe ik een netwerk opbouw.');
  await page.getByRole('button', { name: 'Doelkaart bewaren' }).click();
  await expect(page.locator('#goals-opslaan-fout')).toContainText(
    'Je doel in stap 1 is langer dan 500 tekens',
  );

  // Nothing was cut: after a reload the whole text is still in the field.
  await page.reload();
  await hydrated(page);
  await expect(page.locator('#goals-doel-teller')).toHaveText(`${groot.length} van 500 tekens`);
});

test('Mijn gegevens: per tool with sizes, everything as one file and back, delete with a confirm step', async ({
  page,
}) => {
  await page.goto('over/');
  await expect(page.getByRole('link', { name: 'Mijn gegevens op dit apparaat' })).toBeVisible();
  await page.evaluate(
    ({ key, data }) => {
      localStorage.clear();
      localStorage.setItem(key, data);
      localStorage.setItem('zelfsturing:thema', 'dark');
    },
    { key: KAARTEN, data: JSON.stringify({ v: 1, data: [kaart(1), kaart(2)] }) },
  );
  await page.getByRole('link', { name: 'Mijn gegevens op dit apparaat' }).click();
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn gegevens op dit apparaat');
  const doelen = page.locator('.mg-tool[data-tool="doelen"]');
  await expect(doelen).toContainText('Bewaarde doelkaarten');
  await expect(doelen).toContainText(/\(\d[\d,]* (bytes|kB)\)/);
  await expect(page.locator('.mg-tool[data-tool="mindsettest"]')).toContainText('Niets bewaard.');
  await checkA11y(page);

  // Everything as one file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Alles bewaren als bestand' }).click(),
  ]);
  const bestand = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(bestand)).toMatchObject({ soort: 'zelfsturing-gegevens', versie: 1 });

  // Delete per tool asks first.
  page.once('dialog', (d) => void d.dismiss());
  await doelen.getByRole('button', { name: 'Alles van doelenhulp verwijderen' }).click();
  expect(await stored(page, KAARTEN)).not.toBeNull();
  page.once('dialog', (d) => void d.accept());
  await doelen.getByRole('button', { name: 'Alles van doelenhulp verwijderen' }).click();
  await expect(page.locator('.mg-melding')).toContainText('is verwijderd');
  await expect(doelen).toContainText('Niets bewaard.');
  expect(await stored(page, 'zelfsturing:thema')).toBe('dark');

  // Delete all asks first, then the file brings everything back.
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Alles verwijderen', exact: true }).click();
  expect(
    await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('zelfsturing:')),
    ),
  ).toEqual([]);
  await page.getByLabel('Een bestand met alles inlezen').setInputFiles({
    name: 'alles.json',
    mimeType: 'application/json',
    buffer: Buffer.from(bestand),
  });
  await expect(page.locator('.mg-melding')).toContainText('2 onderdelen toegevoegd.');
  expect(JSON.parse((await stored(page, KAARTEN))!).data).toHaveLength(2);

  // A file that is not ours changes nothing and says why.
  await page.getByLabel('Een bestand met alles inlezen').setInputFiles({
    name: 'x.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"soort":"iets"}'),
  });
  await expect(page.locator('.mg-melding')).toContainText('geen export');
});
