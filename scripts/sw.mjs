#!/usr/bin/env node
// Generates the service worker for offline use with Workbox, after `astro build` and
// `pagefind`: it precaches every file of the built site (pages, CSS, JS, icons and the
// whole Pagefind index), so after one visit every page, the search and the classroom
// mode work without a network. No hand-written cache logic: Workbox's generateSW.
//   node scripts/sw.mjs dist        (BASE_PATH does not matter: every URL in the
//                                    precache is relative to sw.js itself)
import { generateSW } from 'workbox-build';

const dir = process.argv[2] ?? 'dist';
const started = Date.now();

const { count, size, warnings } = await generateSW({
  globDirectory: dir,
  globPatterns: ['**/*'],
  // Sitemaps are for crawlers. Pagefind also writes its ready-made UI scripts, which
  // this site does not load (it bundles @pagefind/default-ui, and only takes the
  // stylesheet pagefind-ui.css from the bundle): 300 kB nobody would use.
  globIgnores: [
    'sw.js',
    'workbox-*.js',
    'sitemap-*.xml',
    'robots.txt',
    'pagefind/pagefind-ui.js',
    'pagefind/pagefind-component-ui.*',
    'pagefind/pagefind-modular-ui.*',
  ],
  swDest: `${dir}/sw.js`,
  // The Pagefind WebAssembly and the largest index chunks are well under this.
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  // /studie/5-doelen/ is served from studie/5-doelen/index.html.
  directoryIndex: 'index.html',
  // A class set (?set=…), a search highlight (?markeer=…) or Pagefind's cache-busting
  // parameter must not miss the cache: the site is static, no page depends on the query.
  ignoreURLParametersMatching: [/.*/],
  // Vite's and Pagefind's file names already carry a content hash.
  dontCacheBustURLsMatching: /(^|\/)(_astro\/|pagefind\/(fragment|index|filter)\/)/,
  cleanupOutdatedCaches: true,
  // A new version waits until the visitor chooses "Vernieuwen" (sw-register.ts).
  skipWaiting: false,
  clientsClaim: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
});

for (const warning of warnings) console.warn(`sw: ${warning}`);
console.log(
  `sw: ${dir}/sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} kB, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
