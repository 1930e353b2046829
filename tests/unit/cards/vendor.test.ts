import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { vendored } from '../../../scripts/cards/vendor-aruco.mjs';

describe('the ES-module copy of js-aruco2', () => {
  it('is exactly what scripts/cards/vendor-aruco.mjs makes from the installed package', () => {
    const files = vendored() as Record<string, string>;
    for (const [name, text] of Object.entries(files)) {
      expect(
        readFileSync(new URL(`../../../src/lib/cards/aruco/${name}`, import.meta.url), 'utf8'),
      ).toBe(text);
    }
  });
});
