#!/usr/bin/env node
// Size report and budgets (gzip bytes, measured in Chromium, so only what really loads
// counts). For every built page, a first visit with an empty cache until the network
// is idle, before any interaction: HTML, CSS, JS (files and inline), and the rest
// (fonts, images, icons). Then search: what opening it downloads, and what the first
// query adds. Service workers are blocked, so the offline precache is not counted.
//   reading page: everything ≤ 40 kB, JS ≤ 3 kB
//   tool page (quiz, klas, mindsettest, doelen, mijn-gegevens, aantekeningen): JS ≤ 20 kB
//   every page: CSS ≤ 12 kB, and nothing of the search until it is opened
//   search: the first query ≤ 150 kB (Pagefind's code, WebAssembly, index and result
//   fragments); what opening the search box downloads (its UI) is shown beside it
import { chromium } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { builtPages } from './built-pages.mjs';
import { chromiumArgs, chromiumPath, freePort, serveBuilt } from './local.mjs';

const kB = 1024;
const BUDGET = { readingTotal: 40 * kB, readingJs: 3 * kB, toolJs: 20 * kB, css: 12 * kB, search: 150 * kB };

const port = await freePort();
const origin = `http://127.0.0.1:${port}/`;
const TOOLS = /^(quiz|mindsettest|doelen|mijn-gegevens|aantekeningen)\//;
// The search page opens the search on load: it is measured as search, not as a page.
const SEARCH_PAGE = 'zoeken/';
const kindOf = (p) => (p === SEARCH_PAGE ? 'zoeken' : TOOLS.test(p) ? 'hulpmiddel' : 'lezen');

if (!existsSync('dist/index.html')) throw new Error('no dist/: run npm run build first');
const server = await serveBuilt('dist', port, origin);
const browser = await chromium.launch({ ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: chromiumArgs });

/** Records every response of a page as gzip bytes per kind; `phase` tags when it came. */
function recorder(page) {
  const seen = [];
  const pending = [];
  let phase = 'load';
  page.on('response', (response) => {
    const tag = phase;
    pending.push(
      response.body().then(
        (body) => {
          const type = response.request().resourceType();
          const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
          // The Pagefind UI's own code and styles are full of its BEM class names; the
          // site's loader and stylesheet only mention a few.
          const search = (kind === 'css' || kind === 'js') && (body.toString('latin1').match(/pagefind-ui__/g)?.length ?? 0) >= 20;
          seen.push({ url: response.url(), kind, bytes: gzipSync(body).length, phase: tag, search });
        },
        () => {},
      ),
    );
  });
  return {
    setPhase: (p) => (phase = p),
    settle: () => Promise.all(pending),
    sum: (filter) => seen.filter(filter).reduce((n, r) => n + r.bytes, 0),
    urls: (filter) => seen.filter(filter).map((r) => r.url),
  };
}

const rows = [];
let failed = false;
let searchRow;
try {
  // A fresh context per page: an empty cache, as on a first visit.
  const fresh = () => browser.newContext({ serviceWorkers: 'block' });

  // Search first: what opening it and one query download (from the home page).
  {
    const context = await fresh();
    const page = await context.newPage();
    const rec = recorder(page);
    await page.goto(origin, { waitUntil: 'networkidle' });
    await rec.settle();
    rec.setPhase('open');
    await page.keyboard.press('/');
    const input = page.locator('.search-dialog input[type="search"], .search-dialog input').first();
    await input.waitFor();
    await page.waitForLoadState('networkidle');
    await rec.settle();
    rec.setPhase('query');
    await input.fill('doelen');
    await page.locator('.search-dialog .pagefind-ui__result').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    await rec.settle();
    const open = rec.sum((r) => r.phase === 'open');
    const query = rec.sum((r) => r.phase === 'query');
    searchRow = { open, query, total: open + query, searchUrls: new Set(rec.urls((r) => r.phase !== 'load')) };
    await context.close();
  }

  for (const path of builtPages('dist')) {
    const context = await fresh();
    const page = await context.newPage();
    const rec = recorder(page);
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    await rec.settle();
    // Inline scripts count as JS too (their bytes are also in the HTML, shown apart).
    // Astro's island bootstrap is inline; it belongs to the islands on the page, which
    // SITE.md allows on reading pages on top of the page's own JS budget.
    const { inline, islandInline } = await page.evaluate(() => {
      const scripts = [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '');
      const isIsland = (t) => /astro-island|astro:(idle|visible|load|only|ready)/.test(t);
      return {
        inline: scripts.filter((t) => !isIsland(t)).join('\n'),
        islandInline: scripts.filter(isIsland).join('\n'),
      };
    });
    await context.close();
    const sizes = {
      html: rec.sum((r) => r.kind === 'html'),
      css: rec.sum((r) => r.kind === 'css'),
      js: rec.sum((r) => r.kind === 'js'),
      other: rec.sum((r) => r.kind === 'other'),
      inlineJs: inline.trim() ? gzipSync(Buffer.from(inline)).length : 0,
      islandJs: islandInline.trim() ? gzipSync(Buffer.from(islandInline)).length : 0,
    };
    const total = sizes.html + sizes.css + sizes.js + sizes.other;
    const kind = kindOf(path);
    // Reading pages: the page's own JS (islands excluded, see above); tool pages: everything.
    const jsTotal = sizes.js + sizes.inlineJs + (kind === 'lezen' ? 0 : sizes.islandJs);
    const problems = [];
    if (kind === 'lezen' && total > BUDGET.readingTotal) problems.push(`total ${total} > ${BUDGET.readingTotal}`);
    if (kind === 'lezen' && jsTotal > BUDGET.readingJs) problems.push(`JS ${jsTotal} > ${BUDGET.readingJs}`);
    if (kind === 'hulpmiddel' && jsTotal > BUDGET.toolJs) problems.push(`JS ${jsTotal} > ${BUDGET.toolJs}`);
    if (sizes.css > BUDGET.css) problems.push(`CSS ${sizes.css} > ${BUDGET.css}`);
    if (kind !== 'zoeken') {
      const early = rec.urls((r) => r.search || searchRow.searchUrls.has(r.url) || /\/pagefind\//.test(r.url));
      if (early.length) problems.push(`search files before search is opened: ${early.map((u) => u.replace(origin, '/')).join(', ')}`);
    }
    if (problems.length) failed = true;
    rows.push({ path: '/' + path, kind, ...sizes, total, jsTotal, problems });
  }
} finally {
  await browser.close();
  server.kill();
}

const k = (n) => (n / kB).toFixed(1).padStart(6);
console.log('\nSize report (gzip, kB): first visit, before any interaction\n');
// "JS*" is the JS the page's budget counts: for reading pages without the island runtime.
console.log('page'.padEnd(44) + 'kind'.padEnd(12) + '  html    css     js inline island  other  total    JS*');
for (const r of rows) {
  console.log(
    r.path.padEnd(44) + r.kind.padEnd(12) + [r.html, r.css, r.js, r.inlineJs, r.islandJs, r.other, r.total, r.jsTotal].map(k).join(' ') +
      (r.problems.length ? '  OVER BUDGET: ' + r.problems.join('; ') : ''),
  );
}
// The tightest budgets, in bytes: where the next change has the least room.
const room = rows
  .filter((r) => r.kind === 'hulpmiddel' || r.kind === 'lezen')
  .map((r) => ({ r, limit: r.kind === 'hulpmiddel' ? BUDGET.toolJs : BUDGET.readingJs }))
  .sort((a, b) => a.limit - a.r.jsTotal - (b.limit - b.r.jsTotal))
  .slice(0, 3);
console.log('\nLeast JS room: ' + room.map(({ r, limit }) => `${r.path} ${r.jsTotal} of ${limit} B`).join(', '));
const fullest = rows.filter((r) => r.kind === 'lezen').sort((a, b) => b.total - a.total)[0];
if (fullest) console.log(`Fullest reading page: ${fullest.path} ${fullest.total} of ${BUDGET.readingTotal} B in all`);
const searchOver = searchRow.query > BUDGET.search;
if (searchOver) failed = true;
console.log(
  `\nSearch (from the home page): opening ${k(searchRow.open).trim()} kB, first query ${k(searchRow.query).trim()} kB, ` +
    `together ${k(searchRow.total).trim()} kB${searchOver ? `  OVER BUDGET: first query > ${BUDGET.search / kB} kB` : ''}`,
);
console.log(
  `\nBudgets: reading page ≤ ${BUDGET.readingTotal / kB} kB in all and ≤ ${BUDGET.readingJs / kB} kB JS; ` +
    `tool page ≤ ${BUDGET.toolJs / kB} kB JS; every page ≤ ${BUDGET.css / kB} kB CSS and no search files ` +
    `until search is opened; first query ≤ ${BUDGET.search / kB} kB.`,
);
if (failed) {
  console.error('Size budget exceeded.');
  process.exit(1);
}
