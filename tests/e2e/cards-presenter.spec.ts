// The presenter as a trainer prepares and reruns it: the builder shows each statement's
// verdict and the set's balance, a saved set link opened again starts fresh and offers
// the previous session, the end screen gives the share that chose right per vote, and
// the controls carry no key hints into the projected view.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const KLAS = 'quiz/klas/';

async function stellingen(page: Page): Promise<{ id: string; oordeel: string }[]> {
  await page.goto('studie/6-reactance/');
  return page.locator('li.stelling[data-id]').evaluateAll((els) =>
    els.slice(0, 3).map((el) => ({
      id: (el as HTMLElement).dataset.id!,
      oordeel: (el as HTMLElement).dataset.oordeel!,
    })),
  );
}

test('the builder shows verdicts and balance; a saved link opened again offers the previous session', async ({
  page,
}) => {
  const set = await stellingen(page);
  const link = `${KLAS}?set=${set.map((s) => s.id).join(',')}&tweede=na-oordeel`;
  await page.goto(link);
  const items = page.locator('.quiz-klas-set li');
  await expect(items).toHaveCount(3);
  for (const [i, s] of set.entries())
    await expect(items.nth(i)).toContainText(s.oordeel === 'waar' ? 'Waar' : 'Misvatting');
  const mis = set.filter((s) => s.oordeel === 'misvatting').length;
  await expect(page.locator('.quiz-klas-set__balans')).toHaveText(
    `Verhouding in de set: ${mis} misvatting, ${3 - mis} waar`,
  );

  // Run the set to the end screen: 3 waar / 1 misvatting on the first statement, then 1 / 3.
  await page.getByRole('button', { name: 'Start de presentatie' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-quiz-presenter-toetsen', '');
  for (const key of ['PageDown', 'w', '3', 'm', '1', 'PageDown', 'PageDown', 'w', '1', 'm', '3'])
    await page.keyboard.press(key);
  for (let i = 0; i < 12; i++) await page.keyboard.press('PageDown');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Overzicht van de sessie' }),
  ).toBeVisible();
  const rij = page.locator('.quiz-klas-einde__tabel tbody tr').first();
  const [eerste, tweede] = set[0]!.oordeel === 'waar' ? [75, 25] : [25, 75];
  await expect(rij).toContainText(`Waar 3, misvatting 1 (${eerste}% goed)`);
  await expect(rij).toContainText(`Waar 1, misvatting 3 (${tweede}% goed)`);

  // The same saved link on the same laptop: a fresh start, with the old session on offer.
  await page.goto(link);
  await expect(page.locator('.quiz-klas-set li')).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Start de presentatie' })).toBeVisible();
  await page.getByRole('button', { name: 'Hervat de vorige sessie' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Overzicht van de sessie' }),
  ).toBeVisible();
});
