#!/usr/bin/env node
// Size report: for every built page, the gzip bytes of the HTML, CSS and JS a browser
// loads before any interaction (measured in Chromium, so only what really loads counts).
// Fails when a reading page loads more than 3 kB of JS or any page more than 12 kB of CSS.
import { chromium } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { builtPages } from './built-pages.mjs';

const BUDGET = { readingJs: 3 * 1024, css: 12 * 1024 };
const port = 4390;
const origin = `http://127.0.0.1:${port}/`;
// Reading pages: the study, practice pages, glossary and the other text pages.
const isReading = (p) => !/^(quiz|mindsettest|doelen|zoeken)\//.test(p);

const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 400));
const executablePath = process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const rows = [];
let failed = false;
try {
  for (const path of builtPages('dist')) {
    const page = await browser.newPage();
    const sizes = { html: 0, css: 0, js: 0, other: 0 };
    const pending = [];
    page.on('response', (response) => {
      pending.push(
        response.body().then(
          (body) => {
            const type = response.request().resourceType();
            const gz = gzipSync(body).length;
            if (type === 'document') sizes.html += gz;
            else if (type === 'stylesheet') sizes.css += gz;
            else if (type === 'script') sizes.js += gz;
            else sizes.other += gz;
          },
          () => {},
        ),
      );
    });
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    // Inline scripts count as JS too (they are part of the HTML bytes already, shown apart).
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
    );
    sizes.inlineJs = inline.trim() ? gzipSync(Buffer.from(inline)).length : 0;
    await page.close();
    const reading = isReading(path);
    const jsTotal = sizes.js + sizes.inlineJs;
    const problems = [];
    if (reading && jsTotal > BUDGET.readingJs) problems.push(`JS ${jsTotal} > ${BUDGET.readingJs}`);
    if (sizes.css > BUDGET.css) problems.push(`CSS ${sizes.css} > ${BUDGET.css}`);
    if (problems.length) failed = true;
    rows.push({ path: '/' + path, kind: reading ? 'lezen' : 'hulpmiddel', ...sizes, total: sizes.html + sizes.css + sizes.js + sizes.other, problems });
  }
} finally {
  await browser.close();
  server.kill();
}

const kb = (n) => (n / 1024).toFixed(1).padStart(6);
console.log('\nSize report (gzip, kB) — loaded before any interaction\n');
console.log('page'.padEnd(44) + 'kind'.padEnd(12) + '  html    css     js  inline  other  total');
for (const r of rows) {
  console.log(
    r.path.padEnd(44) + r.kind.padEnd(12) + kb(r.html) + ' ' + kb(r.css) + ' ' + kb(r.js) + ' ' + kb(r.inlineJs) + ' ' + kb(r.other) + ' ' + kb(r.total) +
      (r.problems.length ? '  OVER BUDGET: ' + r.problems.join(', ') : ''),
  );
}
console.log(`\nBudgets: reading pages ≤ ${BUDGET.readingJs / 1024} kB JS, every page ≤ ${BUDGET.css / 1024} kB CSS.`);
if (failed) {
  console.error('Size budget exceeded.');
  process.exit(1);
}
