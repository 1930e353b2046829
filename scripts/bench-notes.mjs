#!/usr/bin/env node
// Benchmark (not a test): main-thread time to show 200 highlights on one chapter.
// Builds 200 highlights from the built chapter's own text (quotes of 40-120 characters,
// a third with a note, three colours), stores them as the site would, opens the chapter
// in Chromium and reads the "annotations-render" measure that src/components/annotations/
// reader.ts records around anchoring and drawing every highlight. Several runs, each in
// a fresh browser context; prints every run and the median. Needs `npm run build`.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { chromiumArgs, chromiumPath, freePort, serveBuilt } from './local.mjs';

const PAGE = process.env.BENCH_PAGE ?? 'studie/5-doelen/';
const COUNT = Number(process.env.BENCH_COUNT ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
// The same parts of the article src/components/annotations/text-map.ts leaves out.
const SKIP =
  'button:not(.begrip-tip__knop),input,textarea,select,script,style,template,svg,astro-island,nav,[popover],.stellingen,[data-annotations-ignore]';

if (!existsSync('dist/index.html')) throw new Error('no dist/: run npm run build first');
const port = await freePort();
const origin = `http://127.0.0.1:${port}/`;
const server = await serveBuilt('dist', port, origin);
const browser = await chromium.launch({
  ...(chromiumPath ? { executablePath: chromiumPath } : {}),
  args: chromiumArgs,
});

try {
  // The article's text as the annotation code sees it.
  const probe = await browser.newPage();
  await probe.goto(origin + PAGE);
  const text = await probe.evaluate((skip) => {
    const root = document.querySelector('[data-annotations-page]').closest('article');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.nodeType === 3
          ? NodeFilter.FILTER_ACCEPT
          : n.matches(skip)
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_SKIP,
    });
    let out = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out += n.data;
    return out;
  }, SKIP);
  await probe.close();

  // 200 spans spread over the text, none overlapping, each starting and ending on a letter.
  let seed = 14;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const slot = Math.floor(text.length / COUNT);
  const list = [];
  for (let i = 0; i < COUNT; i++) {
    let start = i * slot + Math.floor(random() * slot * 0.3);
    let end = Math.min(start + 40 + Math.floor(random() * 80), (i + 1) * slot - 1);
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end - start < 10) continue;
    const at = new Date(Date.UTC(2026, 11, 1, 10, 0, i)).toISOString();
    list.push({
      id: `bench-${i}`,
      pagina: PAGE,
      quote: {
        type: 'TextQuoteSelector',
        exact: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - 32), start),
        suffix: text.slice(end, end + 32),
      },
      position: { type: 'TextPositionSelector', start, end },
      kleur: ['geel', 'groen', 'roze'][i % 3],
      notitie: i % 3 === 0 ? `Notitie ${i}` : '',
      gemaakt: at,
      gewijzigd: at,
    });
  }
  const stored = JSON.stringify({ v: 1, data: list });

  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(
      (value) => localStorage.setItem('zelfsturing:aantekeningen', value),
      stored,
    );
    const page = await context.newPage();
    await page.goto(origin + PAGE);
    await page.waitForFunction(
      () => performance.getEntriesByName('annotations-render').length > 0,
      null,
      { timeout: 20_000 },
    );
    const { ms, shown } = await page.evaluate(() => ({
      ms: performance.getEntriesByName('annotations-render')[0].duration,
      shown: document.querySelectorAll('mark.annotations[id]').length,
    }));
    if (shown !== list.length)
      throw new Error(`run ${run + 1}: ${shown} of ${list.length} highlights shown`);
    times.push(ms);
    await context.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(
    `${list.length} highlights on /${PAGE} (${text.length} characters of text), ${RUNS} runs:`,
  );
  console.log(`  runs (ms): ${times.map((t) => t.toFixed(1)).join(', ')}`);
  console.log(`  median: ${median.toFixed(1)} ms (target < 50 ms)`);
} finally {
  await browser.close();
  server.kill();
}
