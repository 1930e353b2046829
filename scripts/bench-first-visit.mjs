#!/usr/bin/env node
// What a first visit of one page moves over the network in total, service worker
// included: the page itself, then whatever the worker downloads in the background until
// it has installed and the network is quiet. Counted at the server (gzip bytes of every
// response, as a host with compression would send them), so the worker's own requests
// count too. A benchmark, not a gate: it prints figures for a report.
//   node scripts/bench-first-visit.mjs [dist] [studie/6-reactance/]
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, freePort } from './local.mjs';

const root = resolve(process.argv[2] ?? 'dist');
const pagePath = process.argv[3] ?? 'studie/6-reactance/';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.webmanifest': 'application/manifest+json', '.woff2': 'font/woff2', '.png': 'image/png' };

const served = [];
const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://x');
  let file = join(root, decodeURIComponent(pathname));
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    const body = readFileSync(file);
    // The worker's own downloads name it as their referrer.
    const byWorker = /\/sw\.js$/.test(req.headers.referer ?? '') || pathname.endsWith('/sw.js');
    served.push({ url: pathname, bytes: gzipSync(body).length, phase: byWorker ? 'worker' : 'page' });
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
const port = await freePort();
await new Promise((r) => server.listen(port, '127.0.0.1', r));
const origin = `http://127.0.0.1:${port}/`;

const browser = await chromium.launch({ ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: chromiumArgs });
const context = await browser.newContext({ serviceWorkers: 'allow' });
const page = await context.newPage();
await page.goto(origin + pagePath, { waitUntil: 'networkidle' });
// Until the worker controls the page (installed: its precache is complete).
for (let i = 0; i < 600; i++) {
  if (await page.evaluate(() => !!navigator.serviceWorker?.controller)) break;
  await page.waitForTimeout(100);
}
// ...and the network has been quiet for two seconds.
let count = -1;
while (count !== served.length) {
  count = served.length;
  await page.waitForTimeout(2000);
}
await browser.close();
server.close();

const sum = (f) => served.filter(f).reduce((n, r) => n + r.bytes, 0);
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const pageReqs = served.filter((r) => r.phase === 'page');
const workerReqs = served.filter((r) => r.phase === 'worker');
console.log(`first visit of /${pagePath} (${root})`);
console.log(`  page:   ${kB(sum((r) => r.phase === 'page'))} in ${pageReqs.length} requests`);
console.log(`  worker: ${kB(sum((r) => r.phase === 'worker'))} in ${workerReqs.length} requests`);
console.log(`  total:  ${kB(sum(() => true))} in ${served.length} requests`);
