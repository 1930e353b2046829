import { describe, expect, it } from 'vitest';
import { orderSubResults, widenQuery, widenedMessage, words } from '@/components/search/query';

/** A tiny index: which words each page has; a query finds the pages with all its words. */
function index(pages: Record<string, string>) {
  const sets = Object.values(pages).map((text) => new Set(words(text)));
  const asked: string[] = [];
  const count = async (q: string) => {
    asked.push(q);
    return sets.filter((s) => words(q).every((w) => s.has(w))).length;
  };
  return { count, asked };
}

describe('widenQuery', () => {
  it('leaves a query that finds something alone', async () => {
    const { count } = index({ a: 'reactance verzet' });
    expect(await widenQuery('reactance', count)).toBeUndefined();
    expect(await widenQuery('reactance verzet', count)).toBeUndefined();
  });

  it('drops Dutch stop and question words first', async () => {
    const { count } = index({ a: 'uur week solliciteren', b: 'week' });
    expect(await widenQuery('hoeveel uur per week solliciteren', count)).toEqual({
      query: 'uur week solliciteren',
      words: ['uur', 'week', 'solliciteren'],
    });
  });

  it('then keeps the largest group of words that still finds a page, the most specific one', async () => {
    const { count } = index({
      a: '360 feedback',
      b: 'feedback graden',
      c: 'feedback',
      d: 'feedback',
    });
    // "360 feedback" and "graden feedback" both find one page; all three find none.
    const v = await widenQuery('360 graden feedback', count);
    expect(v?.words).toHaveLength(2);
    expect(v?.words).toContain('feedback');
  });

  it('gives up when no word finds anything, or for a single word', async () => {
    const { count } = index({ a: 'reactance' });
    expect(await widenQuery('qqq zzz', count)).toBeUndefined();
    expect(await widenQuery('qqq', count)).toBeUndefined();
    expect(await widenQuery('', count)).toBeUndefined();
  });

  it('stays bounded on a long or hostile query', async () => {
    const { count, asked } = index({ a: 'een' });
    const long = Array.from({ length: 500 }, (_, i) => `woord${i}`).join(' ') + ' <script>';
    expect(await widenQuery(long, count)).toBeUndefined();
    expect(asked.length).toBeLessThan(80);
  });

  it('says what it searched instead', () => {
    expect(widenedMessage({ query: 'uur week', words: ['uur', 'week'] })).toBe(
      'Geen resultaat voor alle woorden; dit zijn resultaten voor “uur”, “week”.',
    );
  });
});

describe('orderSubResults', () => {
  const sub = (url: string, score = 0) => ({
    url,
    weighted_locations: [{ balanced_score: score }],
  });
  it('puts the explaining sections first, the summary next and the quiz block last', () => {
    const subs = [
      sub('/s/', 9),
      sub('/s/#in-het-kort', 9),
      sub('/s/#stellingen', 99),
      sub('/s/#6-1', 1),
      sub('/s/#6-3', 5),
    ];
    expect(orderSubResults(subs).map((s) => s.url)).toEqual([
      '/s/#6-3',
      '/s/#6-1',
      '/s/',
      '/s/#in-het-kort',
      '/s/#stellingen',
    ]);
  });
});
