// What the measuring scripts (size, Lighthouse CI, icons) share: a free local port, the
// site's static server on it, and the Chromium to drive (the same one the tests use).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** Chromium to use: $CHROME_PATH, else Debian's /usr/bin/chromium, else the tool's own. */
export const chromiumPath = process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Flags for a headless Chromium on a machine without network or GPU. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A port nobody listens on (several builds may be measured on one machine). */
export function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Waits until the server answers (it fails loudly instead of measuring nothing). */
export async function ready(url) {
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no server at ${url}`);
}

/**
 * Serves a built site (scripts/serve.mjs) on `port` and resolves once it answers at
 * `url`; the returned child process is killed by the caller. A server that never
 * answers is stopped before the error is thrown.
 */
export async function serveBuilt(dir, port, url) {
  const server = spawn(process.execPath, ['scripts/serve.mjs', dir, String(port)], { stdio: 'ignore' });
  try {
    await ready(url);
  } catch (error) {
    server.kill();
    throw error;
  }
  return server;
}
