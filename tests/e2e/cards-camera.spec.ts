// Voting with answer cards in a real Chromium fed by a fake camera: the camera plays a
// .y4m file drawn by the frame generator from the real card markers. The tallies come
// from the cards, a second vote sees some cards turned, the cards not seen yet are
// listed, the camera stops when the vote ends, a refused camera leaves the manual tally,
// and a clicker (PageDown, PageUp, B) runs a whole round. Chromium opens the file again
// each time the camera starts, so a test changes what the room shows by rewriting it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures';
import { chromiumArgs, chromiumPath } from './browser';
import { drawFrame, writeY4m, type Answer, type CardPose } from '../../scripts/cards/frames';

const KLAS = 'quiz/klas/';
const dir = join('test-results', 'cards-camera');
mkdirSync(dir, { recursive: true });
// One file per worker process: each worker has its own browser and its own camera.
const camera = join(dir, `camera-${process.pid}.y4m`);

/** Makes the fake camera show these cards (number → answer shown) from now on. */
function room(answers: Record<number, Answer>): void {
  const cards: CardPose[] = Object.entries(answers).map(([card, answer], i) => ({
    card: Number(card),
    size: 70,
    x: 90 + (i % 4) * 150,
    y: 100 + Math.floor(i / 4) * 170,
    turn: (answer === 'waar' ? 0 : 180) + ((i * 7) % 15) - 7,
    tiltX: ((i * 11) % 20) - 10,
  }));
  const frames = [1, 2].map(
    (seed) => drawFrame({ width: 640, height: 360, seed, cards, noise: 3, clutter: 12 }).frame,
  );
  writeY4m(camera, frames, 10);
}
room({});

test.use({
  launchOptions: {
    ...(chromiumPath() ? { executablePath: chromiumPath() } : {}),
    args: [
      ...chromiumArgs,
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${camera}`,
    ],
  },
  permissions: ['camera'],
});

/** Ids of two statements from a chapter page. */
async function statements(page: Page): Promise<string[]> {
  await page.goto('studie/6-reactance/');
  return page
    .locator('li.stelling[data-id]')
    .evaluateAll((els) => els.slice(0, 3).map((el) => (el as HTMLElement).dataset.id!));
}

/** Records every camera stream the page opens, to check later that all were stopped. */
async function watchCameras(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const streams: MediaStream[] = [];
    (window as unknown as { cameraLive: () => number }).cameraLive = () =>
      streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length;
    const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (c) => {
      const s = await open(c);
      streams.push(s);
      return s;
    };
  });
}
const liveTracks = (page: Page) =>
  page.evaluate(() => (window as unknown as { cameraLive: () => number }).cameraLive());

const positie = (page: Page) => page.locator('.quiz-presenter__positie');
const waar = (page: Page) => page.getByLabel('Waar', { exact: true });
const misvatting = (page: Page) => page.getByLabel('Misvatting', { exact: true });

async function start(page: Page, ids: string[], tweede: 'na-oordeel' | 'uit'): Promise<void> {
  await page.goto(`${KLAS}?set=${ids.join(',')}&tweede=${tweede}`);
  await page.getByRole('button', { name: 'Start de presentatie' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-quiz-presenter-toetsen', '');
}

test('a class round of two statements counted from the cards, with a second vote where cards turn', async ({
  page,
}) => {
  await watchCameras(page);
  const [a, b] = await statements(page);
  room({ 1: 'waar', 2: 'waar', 3: 'misvatting', 4: 'waar', 5: 'misvatting' });
  await start(page, [a!, b!], 'na-oordeel');

  await page.keyboard.press('PageDown');
  await expect(positie(page)).toHaveText(/Stemming/);
  await page.getByRole('button', { name: 'Kaarten scannen' }).click();
  const status = page.locator('.kaartscanner__status');
  await expect(status).toContainText('5 kaarten gelezen');
  await expect(waar(page)).toHaveValue('3');
  await expect(misvatting(page)).toHaveValue('2');
  // Six people in the room: card 6 has not been seen.
  await page.getByLabel('Kaarten in gebruik: 1 tot en met').fill('6');
  await expect(status).toContainText('nog niet gezien: 6');
  // A correction by hand stays when the cards are read again.
  await page.locator('.quiz-presenter__podium').focus();
  await page.keyboard.press('m');
  await page.keyboard.press('+');
  await expect(misvatting(page)).toHaveValue('3');
  await checkA11y(page);

  // The verdict: the camera stops.
  await page.keyboard.press('PageDown');
  await expect(positie(page)).toHaveText(/Oordeel/);
  await expect(page.locator('.kaartscanner')).toHaveCount(0);
  await expect.poll(() => liveTracks(page)).toBe(0);

  // Second vote: cards 1 and 3 turned, card 6 shows up; scanning starts again by itself.
  room({ 1: 'misvatting', 2: 'waar', 3: 'waar', 4: 'waar', 5: 'misvatting', 6: 'waar' });
  await page.keyboard.press('PageDown');
  await expect(positie(page)).toHaveText(/Tweede stemming/);
  await expect(status).toContainText('6 kaarten gelezen');
  await expect(status).toContainText('alle kaarten gezien');
  await expect(waar(page)).toHaveValue('4');
  await expect(misvatting(page)).toHaveValue('2');
  await page.keyboard.press('PageDown'); // shift
  await expect.poll(() => liveTracks(page)).toBe(0);

  // Statement 2, first vote, the same room.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(positie(page)).toHaveText(/Stelling 2 van 2 · Stemming/);
  await expect(waar(page)).toHaveValue('4');
  // Stop scanning with the same control: the camera goes off, the tally stays.
  await page.getByRole('button', { name: 'Kaarten scannen' }).click();
  await expect(page.locator('.kaartscanner')).toHaveCount(0);
  await expect.poll(() => liveTracks(page)).toBe(0);
  await expect(waar(page)).toHaveValue('4');

  for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
  const rijen = page.locator('.quiz-klas-einde__tabel tbody tr');
  await expect(rijen.nth(0)).toContainText('Waar 3, misvatting 3');
  await expect(rijen.nth(0)).toContainText('Waar 4, misvatting 2');
  await expect(rijen.nth(1)).toContainText('Waar 4, misvatting 2');
});

test('a clicker runs a round of three statements: PageDown, PageUp and B, tallies from the cards', async ({
  page,
}) => {
  const ids = await statements(page);
  room({ 1: 'waar', 2: 'misvatting', 3: 'misvatting' });
  await start(page, ids, 'uit');
  // Set up before the class: scanning on once; from then on the clicker does the rest.
  await page.getByRole('button', { name: 'Kaarten scannen' }).click();
  await page.locator('.quiz-presenter__podium').focus();
  const clicker = async (key: 'PageDown' | 'PageUp' | 'b') => page.keyboard.press(key);

  for (let n = 1; n <= 3; n++) {
    await expect(positie(page)).toHaveText(new RegExp(`Stelling ${n} van 3 · Stelling`));
    await clicker('PageDown');
    await expect(positie(page)).toHaveText(/Stemming/);
    await expect(page.locator('.kaartscanner__status')).toContainText('3 kaarten gelezen');
    await expect(waar(page)).toHaveValue('1');
    await expect(misvatting(page)).toHaveValue('2');
    // The projected view carries no key hints.
    await expect(page.locator('.quiz-presenter__podium')).not.toContainText(
      /W of M|toetsen werken hier/,
    );
    // B blanks the screen, B again brings it back.
    await clicker('b');
    await expect(page.locator('.quiz-presenter__zwart')).toBeVisible();
    await clicker('b');
    await expect(page.locator('.quiz-presenter__zwart')).toBeHidden();
    await clicker('PageDown');
    await expect(positie(page)).toHaveText(/Oordeel/);
    if (n === 2) {
      // Back to the vote and forward again: the tally is still the cards'.
      await clicker('PageUp');
      await expect(positie(page)).toHaveText(/Stemming/);
      await expect(waar(page)).toHaveValue('1');
      await clicker('PageDown');
    }
    await clicker('PageDown');
  }
  await expect(
    page.getByRole('heading', { level: 1, name: 'Overzicht van de sessie' }),
  ).toBeVisible();
  await expect(page.locator('.quiz-klas-einde__tabel tbody tr')).toHaveCount(3);
  await expect(page.locator('.quiz-klas-einde__tabel tbody tr').nth(2)).toContainText(
    'Waar 1, misvatting 2',
  );
});

test.describe('camera refused', () => {
  test.use({ permissions: [] });

  test('says so in Dutch and the tally works by hand', async ({ page }) => {
    const [a] = await statements(page);
    await start(page, [a!], 'uit');
    await page.keyboard.press('PageDown');
    await page.getByRole('button', { name: 'Kaarten scannen' }).click();
    await expect(page.getByRole('alert')).toContainText('De browser mag de camera niet gebruiken');
    await page.locator('.quiz-presenter__podium').focus();
    await page.keyboard.press('w');
    await page.keyboard.press('7');
    await expect(waar(page)).toHaveValue('7');
    await checkA11y(page);
  });
});
