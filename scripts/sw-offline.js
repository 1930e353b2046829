// Runs inside the service worker: scripts/sw.mjs copies it next to sw.js, with the
// list of the site's pages filled in, and sw.js imports it. Workbox does the caching
// (sw.mjs); this file adds what Workbox's generated worker cannot express as options:
// - the answer to a navigation it has no page for (offline): the page itself for an
//   address without its trailing slash, "not on this device yet" for a page of the site
//   that was never opened, and the site's 404 page for any other address;
// - keeping the page of a first visit, loaded before the worker was there;
// - the whole site on request (CACHE_SITE: "Zet de hele site op dit apparaat" and the
//   classroom builder), never under Save-Data.
/* global self, caches, fetch, URL, Response */

/** Every page of the site, relative to the scope ("", "studie/5-doelen/"); filled in by sw.mjs. */
const PAGES = /*PAGES*/ [];
const PAGES_CACHE = 'zelfsturing-paginas';
const FILES_CACHE = 'zelfsturing-bestanden';
const META_CACHE = 'zelfsturing-meta';
/** Read by the page too (src/components/layout/offline-status.ts). */
const SITE_MARKER = new URL('sw-site-op-apparaat', self.registration.scope).href;
const scope = new URL(self.registration.scope);

const relative = (url) => (url.pathname.startsWith(scope.pathname) ? url.pathname.slice(scope.pathname.length) : null);
const isPage = (url) => {
  const path = relative(url);
  return path !== null && (path === '' || path.endsWith('/') || path.endsWith('.html'));
};
/**
 * Everything is stored without its query (?set=…, ?markeer=…, Pagefind's ?ts=…): the
 * site is static, no file depends on it.
 */
const keyOf = (input) => {
  const url = new URL(input, scope);
  url.search = '';
  url.hash = '';
  return url.href;
};
self.zelfsturingCacheKey = keyOf;

const fromPrecache = (path) => caches.match(new URL(path, scope).href, { ignoreSearch: true });

/** Workbox's NetworkFirst for navigations calls this when neither network nor cache answered. */
self.zelfsturingOfflinePage = async ({ request }) => {
  const url = new URL(request.url);
  const path = relative(url);
  const stored = await caches.match(keyOf(url), { ignoreSearch: true });
  if (stored) return stored;
  const withSlash = path !== null && !path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path) ? `${path}/` : null;
  if (withSlash !== null) {
    const page = await caches.match(new URL(withSlash, scope).href, { ignoreSearch: true });
    if (page) return page;
  }
  if (path !== null && (PAGES.includes(path) || (withSlash !== null && PAGES.includes(withSlash)))) {
    const offline = await fromPrecache('offline/index.html');
    if (offline) return offline;
  }
  const notFound = await fromPrecache('404.html');
  if (notFound) {
    return new Response(await notFound.blob(), { status: 404, headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
  return Response.error();
};

/**
 * Fetches `urls` into the caches the worker's routes read from, four at a time.
 * `cache` is the fetch's HTTP cache mode: what a page has just loaded comes from the
 * browser's own cache ('force-cache', no second download); the whole site is fetched fresh.
 */
async function store(urls, cache, onProgress = () => {}) {
  const queue = [...new Set(urls.map(keyOf))];
  const total = queue.length;
  let done = 0;
  let bytes = 0;
  let failed = 0;
  const pages = await caches.open(PAGES_CACHE);
  const files = await caches.open(FILES_CACHE);
  const next = async () => {
    while (queue.length > 0) {
      const url = queue.shift();
      try {
        const response = await fetch(url, { cache, credentials: 'same-origin' });
        if (!response.ok) throw new Error(String(response.status));
        bytes += (await response.clone().blob()).size;
        await (isPage(new URL(url)) ? pages : files).put(url, response);
      } catch {
        failed += 1;
      }
      done += 1;
      onProgress(done, total);
    }
  };
  await Promise.all([next(), next(), next(), next()]);
  return { files: total - failed, failed, bytes };
}

/**
 * A first visit loads its page before the worker exists. When the worker takes over,
 * it keeps the pages open in this browser and the files each one loads (from the
 * browser's own cache: no second download), so they work offline too. Later pages are
 * kept by the worker's routes as they are opened; the page needs no code for this.
 */
async function keepOpenPages() {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const urls = [];
  for (const client of windows) {
    const url = new URL(client.url);
    if (url.origin !== scope.origin || relative(url) === null) continue;
    urls.push(url.href);
    try {
      const html = await (await fetch(url.href, { cache: 'force-cache' })).text();
      for (const [, ref] of html.matchAll(/(?:href|src)="([^"#]+\.(?:css|js|svg|png|woff2|webmanifest))"/g)) {
        const asset = new URL(ref, url);
        if (asset.origin === scope.origin && relative(asset) !== null) urls.push(asset.href);
      }
    } catch {
      /* offline or gone: nothing to keep */
    }
  }
  await store(urls, 'force-cache');
}
self.addEventListener('activate', (event) => event.waitUntil(keepOpenPages()));

const saveData = () => Boolean(self.navigator.connection && self.navigator.connection.saveData);

self.addEventListener('message', (event) => {
  const data = event.data || {};
  const port = event.ports && event.ports[0];
  const reply = (message) => (port ? port.postMessage(message) : event.source && event.source.postMessage(message));
  if (data.type === 'CACHE_SITE') {
    event.waitUntil(
      (async () => {
        if (saveData()) return reply({ type: 'CACHE_SITE_DONE', ok: false, reason: 'save-data' });
        try {
          const list = await (await fetch(new URL('sw-files.json', scope).href, { cache: 'no-cache' })).json();
          const urls = list.map((path) => new URL(path, scope).href);
          let last = 0;
          const result = await store(urls, 'no-cache', (done, total) => {
            // At most every tenth file, and the last: enough for a progress bar.
            if (done - last >= 10 || done === total) {
              last = done;
              reply({ type: 'CACHE_SITE_PROGRESS', done, total });
            }
          });
          if (result.failed === 0) {
            const meta = await caches.open(META_CACHE);
            await meta.put(SITE_MARKER, new Response(JSON.stringify({ when: Date.now(), files: result.files })));
          }
          reply({ type: 'CACHE_SITE_DONE', ok: result.failed === 0, reason: result.failed ? 'failed' : undefined, ...result });
        } catch {
          reply({ type: 'CACHE_SITE_DONE', ok: false, reason: 'failed', files: 0, failed: 0, bytes: 0 });
        }
      })(),
    );
  }
});
