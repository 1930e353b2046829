// The Content Security Policy is in force on every page, and the cspViolations fixture
// (fixtures.ts), which fails any test on a violation, really sees one.
import { test, expect } from './fixtures';
import { builtPages } from './pages';

test('every page has one strict CSP and loads without a violation', async ({ page }) => {
  test.slow();
  for (const path of builtPages()) {
    await page.goto(path);
    const policies = await page.locator('meta[http-equiv="content-security-policy"]').evaluateAll((els) =>
      els.map((el) => el.getAttribute('content') ?? ''),
    );
    expect(policies, `/${path}`).toHaveLength(1);
    expect(policies[0]).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
    expect(policies[0]).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  }
  // The cspViolations fixture checks that none of these loads reported a violation.
});

test('an injected inline script and style are blocked and reported', async ({ page, cspViolations }) => {
  await page.goto('over/');
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { injected?: boolean };
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { outline: 5px solid red }';
    document.head.append(style);
    const div = document.createElement('div');
    div.setAttribute('style', 'color: red');
    document.body.append(div);
    await new Promise((r) => setTimeout(r, 100));
    return { script: w.injected === true, style: getComputedStyle(document.body).outlineStyle !== 'none', attr: getComputedStyle(div).color === 'rgb(255, 0, 0)' };
  });
  expect(ran).toEqual({ script: false, style: false, attr: false });
  await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(3);
  expect(cspViolations.join('\n')).toMatch(/script-src/);
  expect(cspViolations.join('\n')).toMatch(/style-src/);
  // Expected here: let the last reports arrive, then clear them so the fixture passes.
  await page.waitForTimeout(200);
  cspViolations.length = 0;
});
