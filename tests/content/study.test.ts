import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCollection, root } from './load';
import { headingIds } from './site-map';

// The numbered sections of the source study, per chapter. §4.5 (a literature list
// only) is folded into the chapter's sources and has no heading of its own.
const SECTIONS: Record<number, string[]> = {
  1: ['1.1', '1.2', '1.3', '1.4'],
  2: ['2.1', '2.2', '2.3'],
  3: ['3.1', '3.2', '3.3', '3.4', '3.5', '3.6'],
  4: ['4.1', '4.2', '4.3', '4.4'],
  5: ['5.1', '5.2', '5.3', '5.4', '5.5', '5.6'],
  6: ['6.1', '6.2', '6.3', '6.4', '6.5'],
  7: ['7.1', '7.2', '7.3', '7.4'],
  8: ['8.1', '8.2', '8.3', '8.4', '8.5'],
  9: ['9.1', '9.2', '9.3', '9.4'],
  10: ['10.1', '10.2', '10.3', '10.4', '10.5', '10.6', '10.7'],
};

const chapters = loadCollection('studie');
const byNumber = new Map(chapters.map((c) => [(c.data as { hoofdstuk: number }).hoofdstuk, c]));

describe('the study is complete', () => {
  it('has all ten chapters', () => {
    expect([...byNumber.keys()].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it.each(Object.entries(SECTIONS))('chapter %s has every section of the source, in order', (n, expected) => {
    const chapter = byNumber.get(Number(n));
    expect(chapter, `chapter ${n}`).toBeDefined();
    const numbered = headingIds(chapter!.body).filter((id) => /^\d+-\d+$/.test(id));
    expect(numbered.map((id) => id.replace('-', '.'))).toEqual(expected);
  });

  it('every chapter from 3 on lists its sources, sorted A–Z', () => {
    for (const c of chapters) {
      const { hoofdstuk, bronnen } = c.data as { hoofdstuk: number; bronnen?: string[] };
      if (hoofdstuk < 3) continue;
      expect(bronnen?.length ?? 0, c.path).toBeGreaterThan(0);
    }
  });

  it('"In het kort" is three to five sentences', () => {
    for (const c of [...chapters, ...loadCollection('praktijk')]) {
      const text = (c.data as { inHetKort: string }).inHetKort;
      const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z‘“'"(])/).filter((s) => s.trim());
      expect(sentences.length, c.path).toBeGreaterThanOrEqual(3);
      expect(sentences.length, c.path).toBeLessThanOrEqual(5);
    }
  });
});

describe('figures', () => {
  const dir = join(root, 'src/components/figuren');
  const files = readdirSync(dir).filter((f) => f.endsWith('.astro'));

  it.each(files)('%s has an accessible SVG and a text equivalent', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const svgs = source.match(/<svg[\s\S]*?>/g) ?? [];
    const tables = source.match(/<table/g) ?? [];
    expect(svgs.length + tables.length, 'a diagram or a table').toBeGreaterThan(0);
    if (svgs.length) {
      expect(source, 'wrapped in <Figuur> with a text version').toMatch(/<Figuur[\s\S]*slot="tekst"/);
      for (const svg of svgs) {
        expect(svg, 'svg has a role and a label').toMatch(/role="(img|group)"/);
        expect(svg).toMatch(/aria-labelledby=/);
      }
      expect(source).toMatch(/<title id=/);
      expect(source, 'no hard-coded colours').not.toMatch(/(fill|stroke)="#[0-9a-f]{3,6}"/i);
    }
    if (tables.length) expect(source).toMatch(/<caption/);
  });
});

describe('glossary', () => {
  it('has at least 40 terms, each with a unique term', () => {
    const terms = loadCollection('begrippen').map((b) => (b.data as { term: string }).term.toLowerCase());
    expect(terms.length).toBeGreaterThanOrEqual(40);
    expect(new Set(terms).size).toBe(terms.length);
  });
});
