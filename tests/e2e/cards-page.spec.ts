// The printable answer cards (/quiz/klas/kaarten/): what a trainer prints must be what the
// presenter's camera reads. A printed card is drawn into a canvas in the browser and read
// with readCards, upright and upside down; printing gives one card per A4 page, or four.
import { test, expect, checkA11y } from './fixtures';
import { readCards } from '../../src/lib/cards/read';
import { CARD_COUNT } from '../../src/lib/cards/pattern';

const PAGE = 'quiz/klas/kaarten/';

/** Draws card `card`'s marker from the page on white paper, turned `turn` degrees, as RGBA. */
async function photograph(page: import('@playwright/test').Page, card: number, turn: number) {
  return page.evaluate(
    async ({ card, turn }) => {
      const svg = document
        .querySelector(`[data-kaart="${card}"] svg`)!
        .cloneNode(true) as SVGSVGElement;
      svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
      svg.setAttribute('width', '160');
      svg.setAttribute('height', '160');
      const img = new Image();
      img.src = `data:image/svg+xml,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
      await img.decode();
      const canvas = new OffscreenCanvas(320, 320);
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 320, 320);
      ctx.translate(160, 160);
      ctx.rotate((turn * Math.PI) / 180);
      ctx.drawImage(img, -80, -80, 160, 160);
      return Array.from(ctx.getImageData(0, 0, 320, 320).data);
    },
    { card, turn },
  );
}

test('every card is on the page, and a printed card reads as its number and the edge that is up', async ({
  page,
}) => {
  // Sixty markers drawn and read in the page: real work, slow on two shared cores.
  test.slow();
  await page.goto(PAGE);
  await expect(page.getByRole('heading', { level: 1, name: 'Antwoordkaarten' })).toBeVisible();
  await expect(page.locator('[data-kaart]')).toHaveCount(CARD_COUNT);
  const card = page.locator('[data-kaart="7"]');
  await expect(card).toContainText('WAAR');
  await expect(card).toContainText('MISVATTING');
  await expect(card.locator('.kaart-nummer')).toHaveText('7');
  for (const [n, turn, answer] of [
    [7, 0, 'waar'],
    [7, 180, 'misvatting'],
    [CARD_COUNT, 15, 'waar'],
    [1, 190, 'misvatting'],
  ] as const) {
    const data = new Uint8ClampedArray(await photograph(page, n, turn));
    expect(readCards({ data, width: 320, height: 320 }), `card ${n} turned ${turn}°`).toEqual([
      { card: n, answer },
    ]);
  }
  expect(
    readCards({
      data: new Uint8ClampedArray(await photograph(page, 7, 90)),
      width: 320,
      height: 320,
    }),
  ).toEqual([]);
  await checkA11y(page);
});

test('prints one card per A4 page, or four per page with the toggle', async ({ page }) => {
  await page.goto(PAGE);
  const pages = async () =>
    (
      Buffer.from(await page.pdf({ preferCSSPageSize: true }))
        .toString('latin1')
        .match(/\/Type \/Page\b/g) ?? []
    ).length;
  expect(await pages()).toBe(CARD_COUNT);
  await page.getByLabel('Vier kaarten per A4').check();
  expect(await pages()).toBe(Math.ceil(CARD_COUNT / 4));
  // The page-range hint follows the layout.
  await expect(page.getByText('pagina 1 heeft kaart 1 tot en met 4')).toBeVisible();
  await expect(page.getByText('kaart 1 tot en met 20 zijn pagina 1 tot en met 20')).toBeHidden();
  // On paper only the cards: no site header or instructions.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.locator('header').first()).toBeHidden();
  await expect(page.locator('[data-kaart="1"] svg')).toBeVisible();
});
