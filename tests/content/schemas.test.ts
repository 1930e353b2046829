import { describe, expect, it } from 'vitest';
import { collections } from '@/content.config';
import { loadCollection } from './load';

// Every entry of every collection must pass the same zod schema the build uses,
// so a writer sees a readable error here before the build fails.
describe.each(Object.keys(collections))('collection %s', (name) => {
  const { schema } = collections[name as keyof typeof collections] as unknown as {
    schema: { safeParse(v: unknown): { success: boolean; error?: { issues: unknown[] } } };
  };
  const files = loadCollection(name);

  it('has entries', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [f.path, f] as const))('%s matches its schema', (_, file) => {
    const result = schema.safeParse(file.data);
    expect(result.error?.issues ?? []).toEqual([]);
  });
});

describe('studie', () => {
  const files = loadCollection('studie');
  it('file names start with the chapter number', () => {
    for (const f of files) {
      const data = f.data as { hoofdstuk: number };
      expect(f.id.startsWith(`${data.hoofdstuk}-`), f.path).toBe(true);
    }
  });
  it('chapter numbers are unique', () => {
    const numbers = files.map((f) => (f.data as { hoofdstuk: number }).hoofdstuk);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

describe('the schemas reject what a writer could get wrong', () => {
  const stellingen = collections.stellingen.schema as unknown as { safeParse(v: unknown): { success: boolean } };
  const valid = {
    pagina: 'studie/5-doelen',
    stellingen: [{ id: 'h5-x', stelling: 'Iets.', oordeel: 'waar', uitleg: 'Omdat.', anker: '5-4' }],
  };
  it('accepts a well-formed statement file', () => {
    expect(stellingen.safeParse(valid).success).toBe(true);
  });
  it('rejects a misconception without "waaromGeloofd"', () => {
    const bad = { ...valid, stellingen: [{ ...valid.stellingen[0], oordeel: 'misvatting' }] };
    expect(stellingen.safeParse(bad).success).toBe(false);
  });
  it('rejects an unknown verdict and an anchor with "#"', () => {
    expect(stellingen.safeParse({ ...valid, stellingen: [{ ...valid.stellingen[0], oordeel: 'deels' }] }).success).toBe(false);
    expect(stellingen.safeParse({ ...valid, stellingen: [{ ...valid.stellingen[0], anker: '#5-4' }] }).success).toBe(false);
  });
});
