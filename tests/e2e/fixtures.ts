// Shared fixtures: every test fails when the page requests anything from another host,
// throws an uncaught error or reports a Content Security Policy violation; checkA11y
// runs axe with the WCAG 2.2 A/AA and best-practice rules. Service workers are blocked
// unless a test asks for them (tests/e2e/offline.spec.ts), so that no test installs the
// whole-site precache in the background or gets a page from a cache.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const LOCAL = new Set(['127.0.0.1', 'localhost']);

export const test = base.extend<{ foreignRequests: string[]; pageErrors: string[]; cspViolations: string[] }>({
  serviceWorkers: 'block',
  foreignRequests: [
    async ({ context }, use) => {
      const foreign: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (/^https?:$/.test(url.protocol) && !LOCAL.has(url.hostname)) foreign.push(request.url());
      });
      await use(foreign);
      expect(foreign, 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      // Chromium logs every blocked script, style or request; the event listener
      // also catches violations that only fire the DOM event.
      context.on('console', (message) => {
        const text = message.text();
        if (/Content Security Policy|^CSP violation/.test(text)) violations.push(`${message.location().url}: ${text}`);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ` +
              `(${event.sourceFile || location.href}:${event.lineNumber}) ${event.sample}`,
          );
        });
      });
      await use(violations);
      expect(violations, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe on the page (or part of it) and fails with a readable list of violations. */
export async function checkA11y(page: Page, options: { include?: string; exclude?: string[] } = {}) {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
    'best-practice',
  ]);
  // The sticky site header overlaps whatever is scrolled beneath it, and axe's
  // target-size rule counts that overlap against the controls there: the same page
  // passed or failed depending on where a test had scrolled. Judge every page from
  // the top, where the header covers nothing, so results do not depend on scrolling.
  await page.evaluate(() => window.scrollTo({ top: 0, left: 0, behavior: 'instant' }));
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const violations = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}

/** Sets the site's colour theme the way the theme button does, before the page loads. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript((t) => {
    try {
      localStorage.setItem('zelfsturing:thema', t);
    } catch {
      /* ignore */
    }
  }, theme);
}
