import { describe, it, expect } from 'vitest';
import { withBase } from '../../../src/lib/text/url';

describe('withBase', () => {
  it('joins a site path to the root base', () => {
    expect(withBase('studie/5-doelen/#5-4', '/')).toBe('/studie/5-doelen/#5-4');
    expect(withBase('/studie/', '/')).toBe('/studie/');
    expect(withBase('', '/')).toBe('/');
  });

  it('joins a site path to a sub-path, with or without its closing slash', () => {
    expect(withBase('pagefind/', '/zelfsturing/')).toBe('/zelfsturing/pagefind/');
    expect(withBase('/over/#privacy', '/zelfsturing')).toBe('/zelfsturing/over/#privacy');
    expect(withBase('', '/zelfsturing')).toBe('/zelfsturing/');
  });

  it("uses the build's base path by default", () => {
    expect(withBase('zoeken/')).toBe(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}zoeken/`);
  });
});
