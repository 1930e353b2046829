// The Chromium the end-to-end tests drive: the same choice and flags as the measuring
// scripts (size, Lighthouse CI), defined once in scripts/local.mjs.
import { chromiumArgs, chromiumPath as path } from '../../scripts/local.mjs';

/** Chromium to use: $CHROME_PATH, else Debian's /usr/bin/chromium, else Playwright's own. */
export function chromiumPath(): string | undefined {
  return path;
}

/** Flags for a headless Chromium on a machine without network or GPU. */
export { chromiumArgs };
