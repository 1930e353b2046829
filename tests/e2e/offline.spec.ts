// Offline use (issues #8, #17, #18): a first visit costs the page, not the site. The
// service worker precaches only the shell (layout CSS and JS, the offline and 404 pages)
// and keeps what the visitor opens, so that keeps working offline; the whole site goes
// on the device when asked ("Zet de hele site op dit apparaat" on /over/, and in the
// classroom builder's "Lesgeven zonder internet"). Offline, an
// address without its trailing slash shows its page, and an unknown address the site's
// own 404 page. Service workers are blocked in every other spec (fixtures.ts); here they run.
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

/** Waits until the service worker has installed (precached the shell) and controls the page. */
async function installed(page: Page): Promise<void> {
  // The worker registers after the load event; clientsClaim may already have happened,
  // so poll rather than wait for an event.
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          const state =
            registration?.active?.state ??
            registration?.installing?.state ??
            registration?.waiting?.state ??
            'none';
          return navigator.serviceWorker.controller ? 'controlled' : state;
        }),
      { timeout: 60_000, intervals: [100, 250, 500] },
    )
    .toBe('controlled');
}

/** Waits until the worker's caches hold `path` (relative to the worker's scope). */
async function kept(page: Page, path: string): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async (p) => {
          const scope = (await navigator.serviceWorker.getRegistration())!.scope;
          return !!(await caches.match(new URL(p, scope).href));
        }, path),
      { timeout: 30_000 },
    )
    .toBe(true);
}

test('a first visit stores the shell only; what was opened keeps working offline', async ({
  page,
  context,
}) => {
  test.slow();
  await page.goto('studie/6-reactance/');
  await installed(page);
  // The precache is the shell: a handful of files, no pages of the site, no search index.
  const precached = await page.evaluate(async () => {
    const names = await caches.keys();
    const precache = names.find((n) => n.includes('precache'));
    return precache
      ? (await (await caches.open(precache)).keys()).map((r) => new URL(r.url).pathname)
      : [];
  });
  expect(precached.some((p) => p.endsWith('/404.html'))).toBe(true);
  expect(precached.some((p) => p.includes('/offline/'))).toBe(true);
  expect(precached.length).toBeLessThanOrEqual(20);
  expect(precached.filter((p) => p.includes('/pagefind/') || p.includes('/studie/'))).toEqual([]);
  // The page of the first visit is kept once the worker is there.
  await kept(page, 'studie/6-reactance/');

  // Search used online: its code, index and the results' fragments are kept as they load.
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Zoeken in de site' });
  await dialog.getByLabel('Zoekterm').fill('zelfregulatie');
  await expect(dialog.locator('.pagefind-ui__result a').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  await context.setOffline(true);

  // The chapter opened before, styled: its stylesheets came from the caches too.
  await page.goto('studie/6-reactance/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reactancetheorie');
  expect(
    await page.evaluate(() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)),
  ).toBeGreaterThan(20);

  // The same search works offline.
  await page.keyboard.press('/');
  await dialog.getByLabel('Zoekterm').fill('zelfregulatie');
  const result = dialog.locator('.pagefind-ui__result a').first();
  await expect(result).toBeVisible();
  const searchCss = await page.evaluate(() =>
    [...document.styleSheets]
      .filter((s) => s.href?.includes('pagefind'))
      .map((s) => s.cssRules.length),
  );
  expect(Math.min(...searchCss)).toBeGreaterThan(10);

  // A page of the site that was never opened: the site says so, styled, with a way on.
  await page.goto('studie/5-doelen/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Deze pagina staat nog niet op dit apparaat',
  );
  await expect(page.getByRole('link', { name: 'Zet de hele site op dit apparaat' })).toBeVisible();

  // Issue #18 case 8: the address typed without its trailing slash shows the page itself,
  // and an unknown address the site's own 404 page, not the browser's error page.
  await page.goto('studie/6-reactance');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reactancetheorie');
  await page.goto('studie/99-bestaat-niet/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await page.goto('iets/wat/er/nooit/was');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await expect(page.getByRole('link', { name: 'Alle hoofdstukken van de studie' })).toBeVisible();

  await context.setOffline(false);
});

test('"Zet de hele site op dit apparaat": then every page, the search and the classroom mode work offline', async ({
  page,
  context,
}) => {
  test.slow();
  await page.goto('over/');
  await installed(page);
  const stellingen = await page.request
    .get('studie/6-reactance/')
    .then((r) => r.text())
    .then((html) => [...html.matchAll(/data-id="([^"]+)"/g)].map((m) => m[1]!).slice(0, 2));
  expect(stellingen).toHaveLength(2);

  const section = page.getByRole('region', { name: 'Zonder internet lezen' });
  await button(section, 'Zet de hele site op dit apparaat').click();
  const status = section.getByRole('status');
  await expect(status).toContainText('De hele site staat op dit apparaat', { timeout: 60_000 });
  await checkA11y(page, { include: '.site-op-apparaat' });

  await context.setOffline(true);

  // A chapter the visitor never opened.
  await page.goto('studie/5-doelen/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/doelen/i);
  expect(
    await page.evaluate(() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)),
  ).toBeGreaterThan(20);

  // Search: the UI, Pagefind's WebAssembly and the whole index come from the device.
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Zoeken in de site' });
  await dialog.getByLabel('Zoekterm').fill('reactantie');
  const result = dialog.locator('.pagefind-ui__result a').first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/markeer=reactantie/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // The classroom mode with a set link: two statements, vote and verdict each.
  await page.goto(`quiz/klas/?set=${stellingen.join(',')}`);
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', '');
  await button(page, 'Start de presentatie').click();
  const positie = page.locator('.quiz-presenter__positie');
  await expect(positie).toHaveText(/Stelling 1 van 2/);
  await expect(page.locator('.quiz-presenter__podium')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(positie).toHaveText(/Stemming/);
  await page.keyboard.press('w');
  await page.keyboard.press('5');
  await page.keyboard.press('Enter');
  await expect(positie).toHaveText(/Oordeel/);
  await expect(page.locator('.quiz-presenter__verdict')).toHaveText(/^(Waar|Misvatting)$/);
  await page.keyboard.press('ArrowRight');
  await expect(positie).toHaveText(/Stelling 2 van 2/);

  // Back on /over/ the section says the site is on this device.
  await page.goto('over/');
  const again = page.getByRole('region', { name: 'Zonder internet lezen' });
  await again.scrollIntoViewIfNeeded();
  await expect(again.getByRole('status')).toContainText('De hele site staat sinds');
  await context.setOffline(false);
});

test('a trainer prepares the class from the set builder; then the presenter and the site work offline', async ({
  page,
  context,
}) => {
  test.slow();
  const stellingen = await page.request
    .get('studie/5-doelen/')
    .then((r) => r.text())
    .then((html) => [...html.matchAll(/data-id="([^"]+)"/g)].map((m) => m[1]!).slice(0, 2));
  await page.goto(`quiz/klas/?set=${stellingen.join(',')}`);
  await installed(page);
  // The offer sits closed below the builder's actions; opening it loads it.
  await page.getByText('Lesgeven zonder internet').click();
  const offer = page.locator('.quiz-klas-offline');
  await button(offer, 'Zet de hele site op dit apparaat').click();
  await expect(offer.getByRole('status')).toContainText('De hele site staat op dit apparaat', {
    timeout: 60_000,
  });
  await checkA11y(page, { include: '.quiz-klas-offline' });

  await context.setOffline(true);
  await page.reload();
  await button(page, 'Start de presentatie').click();
  await expect(page.locator('.quiz-presenter__positie')).toHaveText(/Stelling 1 van 2/);
  // A chapter the trainer never opened, for a question in class.
  await page.goto('studie/9-werkzoekgedrag/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/werkzoekgedrag/i);
  await context.setOffline(false);
});

test('under a sub-path the worker is scoped to it and serves what was opened offline', async ({ page, context }) => {
  const sub = process.env.E2E_SUB_URL ?? 'http://127.0.0.1:4322/zelfsturing/';
  await page.goto(sub);
  await installed(page);
  const scope = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())!.scope,
  );
  expect(scope).toBe(sub);
  await page.goto(`${sub}begrippen/`);
  await kept(page, 'begrippen/');
  await context.setOffline(true);
  await page.goto(`${sub}begrippen/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Begrippen van A tot Z');
  await expect(page).toHaveURL(`${sub}begrippen/`);
  // Not opened: the site's own offline page, under the sub-path.
  await page.goto(`${sub}studie/5-doelen/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Deze pagina staat nog niet op dit apparaat',
  );
  await context.setOffline(false);
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
    await expect
      .poll(() =>
        fetch(origin).then(
          (r) => r.ok,
          () => false,
        ),
      )
      .toBe(true);
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
    await expect(page.getByRole('status').filter({ has: prompt })).toContainText(
      'Er is een nieuwe versie. Vernieuwen',
    );
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
