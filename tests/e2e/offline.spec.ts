// Offline use (issue #8): after one visit the service worker has the whole site, so a
// chapter, the search and the classroom mode work without a network; a new deployment
// shows "Er is een nieuwe versie. Vernieuwen". Service workers are blocked in every
// other spec (fixtures.ts); here they run.
import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures';

test.use({ serviceWorkers: 'allow' });

const button = (scope: Page | Locator, name: string | RegExp): Locator =>
  scope.getByRole('button', { name, exact: typeof name === 'string' });

/** Waits until the service worker has precached the site and controls the page. */
async function installed(page: Page): Promise<void> {
  // The worker registers after the load event and then precaches the whole site;
  // clientsClaim may already have happened, so poll rather than wait for an event.
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          const state = registration?.active?.state ?? registration?.installing?.state ?? registration?.waiting?.state ?? 'none';
          return navigator.serviceWorker.controller ? 'controlled' : state;
        }),
      { timeout: 60_000, intervals: [100, 250, 500] },
    )
    .toBe('controlled');
}

test('after one visit a chapter, the search and the classroom mode work offline', async ({ page, context }) => {
  test.slow(); // the first visit downloads the whole site in the background
  await page.goto('');
  await installed(page);
  const stellingen = await page.request
    .get('studie/6-reactance/')
    .then((r) => r.text())
    .then((html) => [...html.matchAll(/data-id="([^"]+)"/g)].map((m) => m[1]!).slice(0, 2));
  expect(stellingen).toHaveLength(2);

  await context.setOffline(true);

  // A chapter the visitor never opened.
  await page.goto('studie/5-doelen/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/doelen/i);
  // Styled: the stylesheets came from the cache too.
  expect(await page.evaluate(() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0))).toBeGreaterThan(20);

  // Search: the UI, Pagefind's WebAssembly and index all come from the cache.
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Zoeken in de site' });
  await dialog.getByLabel('Zoekterm').fill('zelfregulatie');
  const result = dialog.locator('.pagefind-ui__result a').first();
  await expect(result).toBeVisible();
  // Its stylesheet came from the cache as well.
  const searchCss = await page.evaluate(() =>
    [...document.styleSheets].filter((s) => s.href?.includes('pagefind')).map((s) => s.cssRules.length),
  );
  expect(searchCss.length).toBeGreaterThan(0);
  expect(Math.min(...searchCss)).toBeGreaterThan(10);
  await result.click();
  await expect(page).toHaveURL(/markeer=zelfregulatie/);
  await expect(page.locator('mark').first()).toBeVisible();

  // The classroom mode with a set link: two statements, vote and verdict each.
  await page.goto(`quiz/klas/?set=${stellingen.join(',')}`);
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', '');
  await button(page, 'Start de presentatie').click();
  const positie = page.locator('.presenter__positie');
  await expect(positie).toHaveText(/Stelling 1 van 2/);
  await expect(page.locator('.presenter__podium')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(positie).toHaveText(/Stemming/);
  await page.keyboard.press('w');
  await page.keyboard.press('5');
  await page.keyboard.press('Enter');
  await expect(positie).toHaveText(/Oordeel/);
  await expect(page.locator('.presenter__verdict')).toHaveText(/^(Waar|Misvatting)$/);
  await page.keyboard.press('ArrowRight');
  await expect(positie).toHaveText(/Stelling 2 van 2/);
  await page.keyboard.press('Space');
  await page.keyboard.press('m');
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await expect(positie).toHaveText(/Oordeel/);
  await expect(page.locator('.presenter__verdict')).toHaveText(/^(Waar|Misvatting)$/);

  // Going back online changes nothing.
  await context.setOffline(false);
});

test('under a sub-path the worker is scoped to it and serves it offline', async ({ page, context }) => {
  const sub = process.env.E2E_SUB_URL ?? 'http://127.0.0.1:4322/zelfsturing/';
  await page.goto(sub);
  await installed(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.scope);
  expect(scope).toBe(sub);
  await context.setOffline(true);
  await page.goto(`${sub}begrippen/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(`${sub}begrippen/`);
});

test.describe('a new deployment', () => {
  let server: ChildProcess;
  let dir: string;
  let origin: string;

  test.beforeAll(async () => {
    // A private copy of the built site on a free port, so "deploying" a new version
    // touches no other test.
    dir = mkdtempSync(join(tmpdir(), 'zelfsturing-sw-'));
    cpSync('dist', dir, { recursive: true });
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    origin = `http://127.0.0.1:${port}/`;
    server = spawn(process.execPath, ['scripts/serve.mjs', dir, String(port)], { stdio: 'ignore' });
    await expect.poll(() => fetch(origin).then((r) => r.ok, () => false)).toBe(true);
  });

  test.afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  test('shows "Er is een nieuwe versie. Vernieuwen" and reloads into it', async ({ page }) => {
    test.slow();
    await page.goto(origin + 'over/');
    await installed(page);
    const prompt = page.locator('[data-sw-update]');
    await expect(prompt).toBeHidden();

    // Deploy: any change to sw.js (Workbox writes a new precache list) is a new version.
    appendFileSync(join(dir, 'sw.js'), '\n// next version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect(prompt).toBeVisible();
    await expect(page.getByRole('status').filter({ has: prompt })).toContainText('Er is een nieuwe versie. Vernieuwen');
    await checkA11y(page, { include: '.sw-update' });

    // The waiting worker takes over and the page reloads itself.
    await Promise.all([page.waitForEvent('framenavigated'), button(prompt, 'Vernieuwen').click()]);
    await page.waitForLoadState();
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: !!registration?.waiting, controlled: !!navigator.serviceWorker.controller };
    });
    expect(state).toEqual({ waiting: false, controlled: true });
    await expect(page.getByRole('heading', { level: 1, name: 'Over deze site' })).toBeVisible();
    await expect(page.locator('[data-sw-update]')).toBeHidden();
  });
});
