#!/usr/bin/env node
// Prints the scores of each page's median run from Lighthouse CI's filesystem upload
// (.lighthouseci/reports/manifest.json), so the CI log shows every page, not only the
// ones `lhci assert` fails on.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('.lighthouseci/reports/manifest.json', 'utf8'));
const pct = (x) => String(Math.round(x * 100)).padStart(4);
console.log('page                              perf  a11y    bp   seo   (median run)');
for (const run of manifest.filter((r) => r.isRepresentativeRun)) {
  const url = new URL(run.url);
  const s = run.summary;
  console.log(`${(url.pathname + url.search).slice(0, 32).padEnd(32)} ${pct(s.performance)}  ${pct(s.accessibility)}  ${pct(s['best-practices'])}  ${pct(s.seo)}`);
}
