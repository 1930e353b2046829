#!/usr/bin/env node
// Lighthouse for one page of every kind: builds the site (skip with --no-build when
// dist/ is fresh), serves dist/ locally and runs Lighthouse's default mobile preset
// (simulated Moto G Power on slow 4G) in one Chromium, page after page, offline.
// Prints the four category scores and LCP, TBT and CLS per page; exits non-zero
// below target. Tool pages that do not exist yet are skipped, and said so.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { chromiumArgs, chromiumPath, freePort, serveBuilt } from './local.mjs';
import { createGzip } from 'node:zlib';

const TARGET = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100, lcp: 1500, tbt: 50, cls: 0.02 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const port = Number(process.env.LIGHTHOUSE_PORT ?? (await freePort()));
const upstreamPort = await freePort();
const origin = `http://127.0.0.1:${port}/`;
const started = Date.now();

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** A classroom set of the first three statements of chapter 5, as a trainer would link it. */
function klasSet() {
  const file = 'content/stellingen/5-doelen.yaml';
  if (!existsSync(file)) return '';
  const ids = [...readFileSync(file, 'utf8').matchAll(/^\s*-?\s*id:\s*(\S+)/gm)].slice(0, 3).map((m) => m[1]);
  return ids.length ? `?set=${ids.join(',')}` : '';
}

const pages = [
  { kind: 'home', path: '' },
  { kind: 'hoofdstuk', path: 'studie/5-doelen/' },
  { kind: 'praktijk', path: 'praktijk/positief-in-gesprek/' },
  { kind: 'quiz', path: 'quiz/' },
  { kind: 'klas', path: 'quiz/klas/', query: klasSet() },
  { kind: 'mindsettest', path: 'mindsettest/' },
  { kind: 'doelen', path: 'doelen/' },
  { kind: 'begrippen', path: 'begrippen/' },
  { kind: 'zoeken', path: 'zoeken/' },
  { kind: 'over', path: 'over/' },
  // The 404 page itself (served with status 200 here: Lighthouse refuses error statuses).
  { kind: '404', path: '404.html' },
];

// The site's own static server, behind a small proxy that compresses text the way
// every real host does (serve.mjs sends files as they are); Lighthouse simulates the
// slow network from the bytes it sees, so uncompressed bytes would skew every page.
const proxy = createServer((req, res) => {
  const upstream = request({ host: '127.0.0.1', port: upstreamPort, path: req.url, method: req.method, headers: req.headers }, (up) => {
    const type = String(up.headers['content-type'] ?? '');
    const compress = /gzip/.test(String(req.headers['accept-encoding'])) && /text|javascript|json|xml|svg|wasm|manifest/.test(type);
    const headers = { ...up.headers };
    if (compress) {
      delete headers['content-length'];
      headers['content-encoding'] = 'gzip';
      headers.vary = 'Accept-Encoding';
    }
    res.writeHead(up.statusCode ?? 500, headers);
    (compress ? up.pipe(createGzip()) : up).pipe(res);
  });
  upstream.on('error', () => res.destroy());
  req.pipe(upstream);
});
await new Promise((r) => proxy.listen(port, '127.0.0.1', r));
const server = await serveBuilt('dist', upstreamPort, `http://127.0.0.1:${upstreamPort}/`).catch((error) => {
  proxy.close();
  throw error;
});

const chrome = await launch({
  ...(chromiumPath ? { chromePath: chromiumPath } : {}),
  chromeFlags: chromiumArgs,
});

// LIGHTHOUSE_ONLY=home,klas runs a subset; LIGHTHOUSE_REPORTS=<dir> keeps each report as JSON;
// LIGHTHOUSE_RUNS=<n> judges every page on the median of n runs.
const only = process.env.LIGHTHOUSE_ONLY?.split(',');
const reports = process.env.LIGHTHOUSE_REPORTS;
const forcedRuns = Number(process.env.LIGHTHOUSE_RUNS ?? 0);
if (reports) mkdirSync(reports, { recursive: true });

/** One Lighthouse run: the table row, with what misses a target. */
async function measure(page, url) {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  const lhr = result?.lhr;
  if (!lhr || lhr.runtimeError) {
    // Say whether the server itself answers, to tell a server problem from a browser one.
    const direct = await fetch(url).then((r) => `HTTP ${r.status}`, (e) => e.message);
    const error = `${lhr?.runtimeError?.code ?? ''} ${lhr?.runtimeError?.message ?? 'no result'} (server: ${direct})`;
    return { kind: page.kind, url, error, problems: ['error'] };
  }
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const row = {
    kind: page.kind,
    url: '/' + page.path + (page.query ?? ''),
    lhr,
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    problems: [],
  };
  for (const id of CATEGORIES) {
    if (row[id] < TARGET[id]) {
      row.problems.push(`${id} ${row[id]} < ${TARGET[id]}`);
      // Name the audits that cost points, so a failure says what to fix.
      for (const ref of lhr.categories[id].auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          row.problems.push(`  ${ref.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        }
      }
    }
  }
  if (row.lcp > TARGET.lcp) row.problems.push(`LCP ${Math.round(row.lcp)} ms > ${TARGET.lcp} ms`);
  if (row.tbt > TARGET.tbt) row.problems.push(`TBT ${Math.round(row.tbt)} ms > ${TARGET.tbt} ms`);
  if (row.cls > TARGET.cls) row.problems.push(`CLS ${row.cls.toFixed(3)} > ${TARGET.cls}`);
  return row;
}

const rows = [];
const skipped = [];
let failed = false;
try {
  for (const page of pages) {
    if (only && !only.includes(page.kind)) continue;
    const file = page.path.endsWith('.html') ? page.path : `${page.path}index.html`;
    if (!existsSync(`dist/${file}`)) {
      skipped.push(page.kind);
      continue;
    }
    const url = origin + page.path + (page.query ?? '');
    // Lab figures vary from run to run (TBT most: on a 2-core machine a page whose runs
    // mostly read 0-25 ms has single runs of 80-200 ms). A page that misses a target is
    // measured eight more times and judged on the median of the nine runs, as Lighthouse
    // CI judges on a median run; a page that passes at once costs one run. The targets
    // themselves do not move.
    // LIGHTHOUSE_RUNS=<n> measures every page n times (to compare changes by their spread).
    const runs = [await measure(page, url)];
    const more = forcedRuns ? forcedRuns - 1 : runs[0].problems.length ? 8 : 0;
    for (let i = 0; i < more; i++) runs.push(await measure(page, url));
    const valid = runs.filter((r) => !r.error);
    const row = valid.length
      ? valid.sort((a, b) => a.performance - b.performance || b.tbt - a.tbt)[Math.floor((valid.length - 1) / 2)]
      : runs[0];
    row.runs = runs.length;
    row.allTbt = runs.map((r) => (r.error ? 'error' : `${Math.round(r.tbt)} ms`));
    if (reports && row.lhr) writeFileSync(`${reports}/${page.kind}.json`, JSON.stringify(row.lhr));
    if (reports && forcedRuns) runs.forEach((r, i) => r.lhr && writeFileSync(`${reports}/${page.kind}-${i + 1}.json`, JSON.stringify(r.lhr)));
    if (row.problems.length) failed = true;
    rows.push(row);
  }
} finally {
  chrome.kill();
  proxy.close();
  server.kill();
}

console.log('\nLighthouse (mobile preset, simulated throttling)\n');
console.log('page'.padEnd(13) + 'perf  a11y    bp   seo     LCP      TBT     CLS   url');
for (const r of rows) {
  if (r.error) {
    console.log(r.kind.padEnd(13) + `ERROR: ${r.error}  ${r.url}`);
    continue;
  }
  console.log(
    r.kind.padEnd(13) +
      [r.performance, r.accessibility, r['best-practices'], r.seo].map((s) => String(s).padStart(4)).join('  ') +
      `${(r.lcp / 1000).toFixed(2).padStart(7)} s${Math.round(r.tbt).toString().padStart(6)} ms${r.cls.toFixed(3).padStart(8)}   ${r.url}`,
  );
  if (r.runs > 1) console.log(' '.repeat(15) + `median of ${r.runs} runs (TBT per run: ${r.allTbt.join(', ')})`);
  for (const p of r.problems) console.log(' '.repeat(15) + p);
}
for (const kind of skipped) console.log(`${kind.padEnd(13)}skipped: page does not exist in this build`);
console.log(
  `\nTargets: performance ≥ ${TARGET.performance}, accessibility, best practices and SEO = 100; ` +
    `LCP ≤ ${TARGET.lcp / 1000} s, TBT ≤ ${TARGET.tbt} ms, CLS ≤ ${TARGET.cls}. ` +
    `${rows.length} pages in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
if (failed) {
  console.error('Lighthouse below target.');
  process.exit(1);
}
