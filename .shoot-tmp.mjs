import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
const port = 4473;
const srv = spawn(process.execPath, ['scripts/serve.mjs', 'dist', String(port)], { stdio: 'ignore', cwd: '/work/wt/notes' });
await new Promise((r) => setTimeout(r, 1000));
const origin = `http://127.0.0.1:${port}/`;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
async function drag(page, section, width = 260) {
  const p = page.locator(`h2[id="${section}"] ~ p`).first();
  await p.scrollIntoViewIfNeeded();
  const box = await p.boundingBox();
  await page.mouse.move(box.x + 1, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + Math.min(width, box.width - 10), box.y + 8, { steps: 4 });
  await page.mouse.up();
}
for (const [w, h] of [[390, 844], [1366, 768]]) {
  for (const theme of ['light', 'dark']) {
    const ctx = await b.newContext({ viewport: { width: w, height: h }, serviceWorkers: 'block' });
    await ctx.addInitScript((t) => localStorage.setItem('zelfsturing:thema', t), theme);
    const page = await ctx.newPage();
    await page.goto(origin + 'studie/5-doelen/');
    await drag(page, '5-1');
    await page.getByRole('button', { name: 'Markeer', exact: true }).click();
    await drag(page, '5-2', 200);
    await page.getByRole('button', { name: 'Notitie', exact: true }).click();
    await page.getByRole('dialog').getByLabel('Notitie').fill('Bespreken met het team');
    await page.getByRole('dialog').getByRole('button', { name: 'Bewaar' }).click();
    await page.locator('mark.anno--notitie[id]').click();
    await page.getByRole('dialog').getByLabel('Groen').check();
    await page.getByRole('dialog').getByRole('button', { name: 'Sluit' }).click();
    await page.getByRole('button', { name: 'Notitie bij § 5.3' }).click();
    await page.getByRole('dialog').getByLabel('Notitie').fill('Paragraaf nog eens lezen');
    await page.getByRole('dialog').getByRole('button', { name: 'Bewaar' }).click();
    await drag(page, '5-3', 180);
    await page.waitForTimeout(200);
    await page.screenshot({ path: `/tmp/shots-notes/chapter-${w}-${theme}.png` });
    await page.locator('mark.anno[id]').first().click();
    await page.waitForTimeout(100);
    await page.screenshot({ path: `/tmp/shots-notes/panel-${w}-${theme}.png` });
    await page.goto(origin + 'studie/5-doelen/');
    await page.screenshot({ path: `/tmp/shots-notes/top-${w}-${theme}.png` });
    await page.goto(origin + 'aantekeningen/');
    await page.waitForSelector('.anno-item');
    await page.screenshot({ path: `/tmp/shots-notes/list-${w}-${theme}.png`, fullPage: w < 1000 });
    await ctx.close();
  }
}
await b.close();
srv.kill();
