// Accessibility beyond axe (issue #8): reflow at 320 CSS px and at 400 % zoom without
// horizontal scrolling, a visible focus indicator on every focusable element,
// prefers-reduced-motion honoured, and usable controls in forced-colors mode.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { builtPages } from './pages';

const pages = builtPages();

/** One page of every kind; each must be in the build (see the first test). */
const kinds = [
  '',
  'studie/',
  'studie/5-doelen/',
  'praktijk/',
  'praktijk/positief-in-gesprek/',
  'quiz/',
  'quiz/klas/',
  'mindsettest/',
  'doelen/',
  'begrippen/',
  'zoeken/',
  'over/',
  'werkblad/progressiecirkel/',
  '404.html',
];

/** Pages whose focus indicators are walked one by one. */
const focusPages = ['', 'studie/5-doelen/', 'over/', 'quiz/', 'mindsettest/', 'doelen/'];

// A page that is renamed or dropped must fail here rather than silently leave the checks.
test('every page these checks name is in the build', () => {
  const missing = [...new Set([...kinds, ...focusPages])].filter((p) => !pages.includes(p));
  expect(missing, 'pages named in this file but not built').toEqual([]);
});

/** Elements that stick out to the right of the viewport, for a readable failure. */
async function overflow(page: Page): Promise<{ scroll: number; client: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const client = root.clientWidth;
    const culprits: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const box = el.getBoundingClientRect();
      if (box.right > client + 1 && box.width > 0 && getComputedStyle(el).visibility !== 'hidden') {
        // Inside a scrollable region (wide tables) is allowed: only that region scrolls.
        let p = el.parentElement;
        let clipped = false;
        while (p && p !== document.body) {
          const o = getComputedStyle(p).overflowX;
          if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') clipped = true;
          p = p.parentElement;
        }
        if (!clipped) culprits.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} (right ${Math.round(box.right)})`);
      }
    }
    return { scroll: root.scrollWidth, client, culprits: culprits.slice(0, 8) };
  });
}

test.describe('reflow at 320 CSS px, no horizontal scrolling', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of pages) {
    test(`/${path}`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const result = await overflow(page);
      expect(result.scroll, `wider than the viewport: ${result.culprits.join(', ')}`).toBeLessThanOrEqual(result.client);
    });
  }
});

test.describe('400 % zoom (1280 × 1024 at 400 % = 320 × 256 CSS px), no horizontal scrolling', () => {
  test.use({ viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 });
  for (const path of kinds) {
    test(`/${path}`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const result = await overflow(page);
      expect(result.scroll, `wider than the viewport: ${result.culprits.join(', ')}`).toBeLessThanOrEqual(result.client);
    });
  }

  test('the classroom mode with a set, once started', async ({ page }) => {
    const html = await (await page.request.get('studie/6-reactance/')).text();
    const ids = [...html.matchAll(/data-id="([^"]+)"/g)].map((m) => m[1]).slice(0, 2);
    await page.goto(`quiz/klas/?set=${ids.join(',')}`);
    await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', '');
    await page.getByRole('button', { name: 'Start de presentatie' }).click();
    await page.keyboard.press('Space');
    const result = await overflow(page);
    expect(result.scroll, `wider than the viewport: ${result.culprits.join(', ')}`).toBeLessThanOrEqual(result.client);
  });
});

/** Tabs through the page and returns every focused element without a visible indicator. */
async function focusWithoutIndicator(page: Page, max = 120): Promise<{ seen: number; missing: string[] }> {
  const missing: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && s.outlineColor !== 'rgba(0, 0, 0, 0)';
      const shadow = s.boxShadow !== 'none';
      const path: string[] = [];
      for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) {
        path.unshift(n.tagName.toLowerCase() + (n.id ? `#${n.id}` : '') + [...n.classList].map((c) => `.${c}`).join(''));
      }
      return { id: `${path.join(' > ')} ${el.textContent?.trim().slice(0, 30) ?? ''}`, visible: outline || shadow };
    });
    if (!info) continue;
    if (seen.has(info.id)) break; // back at the start
    seen.add(info.id);
    if (!info.visible) missing.push(info.id);
  }
  return { seen: seen.size, missing };
}

test.describe('visible focus on every focusable element', () => {
  for (const path of focusPages) {
    test(`/${path}`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const { seen, missing } = await focusWithoutIndicator(page);
      expect(seen).toBeGreaterThan(3);
      expect(missing, 'focused elements without an outline or focus shadow').toEqual([]);
    });
  }

  test('in the search dialog', async ({ page }) => {
    await page.goto('over/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Zoeken in de site' });
    await dialog.getByLabel('Zoekterm').fill('doelen');
    await expect(dialog.locator('.pagefind-ui__result').first()).toBeVisible();
    const { missing } = await focusWithoutIndicator(page, 40);
    expect(missing).toEqual([]);
  });
});

test.describe('prefers-reduced-motion: reduce', () => {
  test.use({ reducedMotion: 'reduce' });
  for (const path of kinds) {
    test(`/${path}: no running animations or transitions, no smooth scrolling`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // Hover and focus what moves most often: buttons and links.
      const target = page.locator('main a:visible, main button:visible').first();
      if (await target.count()) {
        await target.hover({ timeout: 2000 }).catch(() => {});
        await target.focus({ timeout: 2000 }).catch(() => {});
      }
      const moving = await page.evaluate(() =>
        document
          .getAnimations()
          .filter((a) => a.playState === 'running' && ((a.effect as KeyframeEffect | null)?.getComputedTiming().duration as number) > 1)
          .map((a) => `${(a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty ?? 'animation'} on ${((a.effect as KeyframeEffect | null)?.target as Element | null)?.tagName}`),
      );
      expect(moving).toEqual([]);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    });
  }
});

test.describe('forced-colors: active', () => {
  test.use({ forcedColors: 'active' });
  for (const path of kinds) {
    test(`/${path}: controls keep a visible edge and focus stays visible`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // In forced colours backgrounds become Canvas: a button without a border, or a
      // field without one, has no visible edge left.
      const edgeless = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, .button, input:not([type="radio"]):not([type="checkbox"]):not([type="hidden"]), select, textarea')]
          .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
          .filter((el) => {
            // A file field's edge is its own "choose file" button.
            const s = getComputedStyle(el, el.matches('input[type="file"]') ? '::file-selector-button' : null);
            const border = ['Top', 'Right', 'Bottom', 'Left'].some(
              (side) => s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' && parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
            );
            // A text link styled as a button is still recognisable by its underline.
            const underlined = s.textDecorationLine.includes('underline');
            return !border && !underlined;
          })
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${el.textContent?.trim().slice(0, 30)}"`),
      );
      expect(edgeless, 'controls without a border in forced colours').toEqual([]);
      const { missing } = await focusWithoutIndicator(page, 30);
      expect(missing, 'focus indicators lost in forced colours').toEqual([]);
    });
  }
});
