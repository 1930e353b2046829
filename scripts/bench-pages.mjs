#!/usr/bin/env node
// Benchmark, not a gate: Lighthouse CI measures each page kind of lighthouserc.cjs
// BENCH_RUNS times (default 9) on the current dist/ and prints median, min and max of
// TBT and LCP against the targets (median TBT <= 50 ms, LCP <= 1.5 s). It always exits 0
// when the runs completed: two shared cores swing by hundreds of milliseconds between
// runs, so timings are reported, never gated. Build first (`npm run build`).
// BENCH_ONLY=klas,mindsettest measures a subset.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { pages } = require('../lighthouserc.cjs');
const runs = Number(process.env.BENCH_RUNS ?? 9);
const only = process.env.BENCH_ONLY?.split(',');
const TARGET = { tbt: 50, lcp: 1500 };

const chosen = Object.entries(pages).filter(([kind]) => !only || only.includes(kind));
if (!chosen.length) throw new Error(`BENCH_ONLY matches no page kind (${Object.keys(pages).join(', ')})`);

const args = ['lhci', 'collect', `--numberOfRuns=${runs}`, ...chosen.map(([, path]) => `--url=http://localhost${path}`)];
// lhci collect replaces the reports in .lighthouseci/; the benchmark reads them from there.
const result = spawnSync('npx', args, { stdio: ['ignore', 'inherit', 'inherit'] });
if (result.status !== 0) process.exit(result.status ?? 1);

const byPath = new Map();
for (const file of readdirSync('.lighthouseci').filter((f) => /^lhr-.*\.json$/.test(f))) {
  const lhr = JSON.parse(readFileSync(`.lighthouseci/${file}`, 'utf8'));
  const url = new URL(lhr.requestedUrl);
  const key = url.pathname + url.search;
  if (!byPath.has(key)) byPath.set(key, []);
  byPath.get(key).push({
    tbt: lhr.audits['total-blocking-time'].numericValue,
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    perf: Math.round(lhr.categories.performance.score * 100),
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs) => `${Math.round(median(xs))} (${Math.round(Math.min(...xs))}-${Math.round(Math.max(...xs))})`;

const rows = [['page', 'runs', 'perf median', 'TBT ms median (min-max)', 'LCP ms median (min-max)', 'targets']];
for (const [kind, path] of chosen) {
  const found = byPath.get(path.replace(/^\/?/, '/'));
  if (!found) {
    rows.push([kind, '0', '-', '-', '-', 'no runs']);
    continue;
  }
  const tbt = found.map((r) => r.tbt);
  const lcp = found.map((r) => r.lcp);
  const met = median(tbt) <= TARGET.tbt && median(lcp) <= TARGET.lcp ? 'met' : 'missed';
  rows.push([kind, String(found.length), String(median(found.map((r) => r.perf))), spread(tbt), spread(lcp), met]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i])).join('  '));
console.log(`\nTargets (benchmark, not a gate): median TBT <= ${TARGET.tbt} ms, median LCP <= ${TARGET.lcp} ms.`);
