#!/usr/bin/env node
// A small static file server for the built site (dist/), used by the end-to-end
// tests and `npm run preview:dist`. Serves under BASE_PATH when set, answers
// unknown paths with the site's 404 page, and talks only on the loopback interface.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? process.argv[3] ?? 4321);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

function fileFor(pathname) {
  if (!pathname.startsWith(base)) return undefined;
  const rel = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, rel);
  if (!file.startsWith(root)) return undefined;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    statSync(file);
    return file;
  } catch {
    return undefined;
  }
}

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  // /studie/5-doelen -> /studie/5-doelen/ as static hosts do
  if (!extname(pathname) && !pathname.endsWith('/') && fileFor(pathname + '/')) {
    res.writeHead(301, { location: pathname + '/' });
    res.end();
    return;
  }
  const file = fileFor(pathname) ?? fileFor(`${base}404.html`);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Niet gevonden (is de site gebouwd?)');
    return;
  }
  res.writeHead(file.endsWith(`${sep}404.html`) && !fileFor(pathname) ? 404 : 200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  createReadStream(file).pipe(res);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
});
