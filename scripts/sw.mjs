#!/usr/bin/env node
// Generates the service worker for offline use with Workbox, after `astro build` and
// `pagefind`. A first visit costs the page, not the site: the worker precaches only the
// shell (the layout's CSS and JS, the offline page and the 404 page) and keeps what the
// visitor opens (pages, search files) as they are used. The whole site goes on the
// device only when asked for: "Zet de hele site op dit apparaat" on /over/ or a trainer
// preparing a class (src/components/layout/offline.ts), never under Save-Data; the
// list of its files is sw-files.json. What Workbox's options cannot say (which page to
// show offline, storing on request) is in scripts/sw-offline.js, imported by sw.js.
//   node scripts/sw.mjs dist        (BASE_PATH does not matter: every URL here is
//                                    relative to sw.js itself)
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { builtPages } from './built-pages.mjs';

const dir = process.argv[2] ?? 'dist';
const started = Date.now();
const here = dirname(fileURLToPath(import.meta.url));

// The shell: the offline and 404 pages and every asset they load (the layout's CSS and
// scripts, and the modules those scripts import statically).
const shellPages = ['404.html', 'offline/index.html'];
const shell = new Set(shellPages);
const follow = (file) => {
  if (shell.has(file)) return;
  shell.add(file);
  const text = readFileSync(join(dir, file), 'utf8');
  for (const [, ref] of text.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) follow(posix.join(posix.dirname(file), ref));
};
for (const page of shellPages) {
  if (!existsSync(join(dir, page))) throw new Error(`sw: ${dir}/${page} is missing; the shell needs it`);
  const html = readFileSync(join(dir, page), 'utf8');
  for (const [, ref] of html.matchAll(/(?:href|src)="[^"]*?(_astro\/[^"?#]+\.(?:css|js))"/g)) follow(ref);
}
shell.add('favicon.svg');
shell.add('manifest.webmanifest');

// Everything "the whole site" means: every page, the site's assets and the search index.
// Sitemaps are for crawlers; Pagefind also writes ready-made UI scripts this site does
// not load (it bundles @pagefind/default-ui and only takes pagefind-ui.css).
const unused = /^(sw\.js|sw-offline\.js|sw-files\.json|workbox-.*\.js|sitemap-.*\.xml|robots\.txt|pagefind\/pagefind-ui\.js|pagefind\/pagefind-(component|modular)-ui\..*)$/;
const pages = builtPages(dir).filter((p) => p !== '404.html');
const walk = (sub) =>
  readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(posix.join(sub, e.name)) : [posix.join(sub, e.name)],
  );
const files = walk('').filter((f) => !unused.test(f) && !f.endsWith('.html'));
writeFileSync(join(dir, 'sw-files.json'), JSON.stringify([...pages, ...files.sort()]));
writeFileSync(
  join(dir, 'sw-offline.js'),
  readFileSync(join(here, 'sw-offline.js'), 'utf8').replace('/*PAGES*/ []', JSON.stringify(pages)),
);

// Stored without the query (sw-offline.js, keyOf): Workbox serialises this function
// into sw.js, where `self` is the worker.
const withoutQuery = { cacheKeyWillBeUsed: async ({ request }) => self.zelfsturingCacheKey(request.url) };

const { count, size, warnings } = await generateSW({
  globDirectory: dir,
  globPatterns: [...shell],
  swDest: `${dir}/sw.js`,
  importScripts: ['sw-offline.js'],
  // /studie/5-doelen/ is served from studie/5-doelen/index.html.
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: [/.*/],
  // Vite's file names already carry a content hash.
  dontCacheBustURLsMatching: /(^|\/)_astro\//,
  runtimeCaching: [
    {
      // Pages: the newest from the network, the kept copy offline, and when there is
      // none, the page sw-offline.js picks (the page itself, "not on this device yet",
      // or the 404 page). Stored without their query (?set=…, ?markeer=…).
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkFirst',
      options: {
        cacheName: 'zelfsturing-paginas',
        networkTimeoutSeconds: 6,
        plugins: [
          withoutQuery,
          { handlerDidError: async (options) => self.zelfsturingOfflinePage(options) },
        ],
      },
    },
    {
      // Files whose name carries a content hash never change.
      urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/(_astro|pagefind\/(fragment|index|filter))\//.test(url.pathname),
      handler: 'CacheFirst',
      options: { cacheName: 'zelfsturing-bestanden', plugins: [withoutQuery] },
    },
    {
      // Everything else of the site (Pagefind's code and entry file, the statement
      // bank, icons): the newest when online, the kept copy offline.
      urlPattern: ({ sameOrigin }) => sameOrigin,
      handler: 'NetworkFirst',
      options: { cacheName: 'zelfsturing-bestanden', networkTimeoutSeconds: 6, plugins: [withoutQuery] },
    },
  ],
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
  `sw: ${dir}/sw.js precaches the shell, ${count} files, ${(size / 1024).toFixed(0)} kB; the whole site (sw-files.json) is ${pages.length + files.length} files, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
