// The query set (search-queries.ts) against the built index in dist/pagefind: Pagefind's
// own search code runs in Node here, with the site's ranking, query relaxing and
// sub-result order (src/components/search/query.ts), so what this test sees is what
// the search box shows. No browser needed.
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { test, expect } from '@playwright/test';
import {
  RANKING,
  COUNT_FILTER,
  orderSubResults,
  widenQuery,
} from '../../src/components/search/query';
import { overzichten, zoekvragen } from './search-queries';

interface Data {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: object): Promise<{ results: { data(): Promise<Data> }[] }>;
}

/** Pagefind's browser bundle, fed from disk. */
async function loadPagefind(dir: string): Promise<Pagefind> {
  const web = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith('file:')) return web(input, init);
    return new Response(await readFile(fileURLToPath(url.split('?')[0]!)));
  }) as typeof fetch;
  const pagefind = (await import(
    pathToFileURL(resolve(dir, 'pagefind/pagefind.js')).href
  )) as Pagefind;
  await pagefind.options({ baseUrl: '/', excerptLength: 12, ranking: RANKING });
  await pagefind.init();
  return pagefind;
}

/** What the search box shows for a query: relaxed if need be, top results with sub-results. */
async function zoek(pagefind: Pagefind, q: string, top = 3) {
  const count = async (query: string) =>
    (await pagefind.search(query, { filters: COUNT_FILTER })).results.length;
  const widened = await widenQuery(q, count);
  const search = await pagefind.search(widened?.query ?? q);
  const data = await Promise.all(search.results.slice(0, top).map((r) => r.data()));
  return data.map((d) => ({
    ...d,
    url: d.url.replace(/^\//, ''),
    sub_results: orderSubResults(d.sub_results),
  }));
}

// Reading-time lines, print-only address lines, the quiz box's buttons and navigation.
const NIET_LEESTEKST = [
  /min lezen/,
  /Afgedrukt van/,
  /Wis mijn antwoorden/,
  /Bekijk het oordeel/,
  /\bWaar Misvatting\b/,
  /Naar de inhoud/,
  /Vorige|Volgende/,
];

test('the query set finds its page and section among the first three results', async () => {
  test.setTimeout(120_000);
  const pagefind = await loadPagefind('dist');
  const missers: string[] = [];
  const overzichtEerst: string[] = [];
  const vervuild: string[] = [];
  const quizEerst: string[] = [];
  for (const v of zoekvragen) {
    const results = await zoek(pagefind, v.q);
    const hit = results.find((r) => r.url === v.page);
    const subs = hit?.sub_results.slice(0, 3).map((s) => s.url.split('#')[1] ?? '') ?? [];
    const sectieOk = !v.sections || v.sections.some((s) => subs.includes(s));
    if (!hit || !sectieOk) {
      missers.push(
        `${v.q} → ${results
          .map(
            (r) =>
              `/${r.url} [${r.sub_results
                .slice(0, 3)
                .map((s) => s.url.split('#')[1])
                .join(' ')}]`,
          )
          .join(', ')}`,
      );
    }
    if (v.topic && results[0] && overzichten.includes(results[0].url))
      overzichtEerst.push(`${v.q} → /${results[0].url}`);
    for (const r of results) {
      if (r.url.startsWith('studie/') && /#stelling/.test(r.sub_results[0]?.url ?? ''))
        quizEerst.push(`${v.q} → ${r.sub_results[0]!.url}`);
      for (const text of [r.excerpt, ...r.sub_results.map((s) => s.excerpt)]) {
        const plain = text.replace(/<[^>]+>/g, '');
        if (NIET_LEESTEKST.some((re) => re.test(plain)))
          vervuild.push(`${v.q} → ${r.url}: ${plain}`);
      }
    }
  }
  const geslaagd = zoekvragen.length - missers.length;
  console.log(
    `query set: ${geslaagd} of ${zoekvragen.length} in the top three (${((100 * geslaagd) / zoekvragen.length).toFixed(1)}%)`,
  );
  if (missers.length) console.log(`missed:\n  ${missers.join('\n  ')}`);
  expect(zoekvragen.length).toBeGreaterThanOrEqual(60);
  expect(geslaagd / zoekvragen.length, missers.join('\n')).toBeGreaterThanOrEqual(0.9);
  expect(overzichtEerst, 'no overview page first for a topic query').toEqual([]);
  expect(quizEerst, 'the quiz block is never the first sub-result of a chapter').toEqual([]);
  expect(vervuild, 'no print, meta or button text in an excerpt').toEqual([]);
});

// The examples issue #17 was filed with: each must land on its page as the first or second
// result, with the section among that page's first two sub-results.
const VOORBEELDEN = [
  { q: 'reactantie', page: 'studie/6-reactance/', sections: ['6-1', '6-3'] },
  { q: 'hoeveel uur per week solliciteren', page: 'studie/9-werkzoekgedrag/', sections: ['9-1'] },
  {
    q: '360 graden feedback',
    page: 'praktijk/leiderschap/',
    sections: ['drie-manieren-om-te-meten', 'wat-een-leerdoel-voor-leiderschap-is'],
  },
  { q: 'motivatie gesprekvoering', page: 'studie/3-stadia-van-verandering/', sections: ['3-3'] },
];

test('the examples from the issue find their section first or second', async () => {
  const pagefind = await loadPagefind('dist');
  for (const v of VOORBEELDEN) {
    const results = await zoek(pagefind, v.q, 2);
    const hit = results.find((r) => r.url === v.page);
    const subs = hit?.sub_results.slice(0, 2).map((s) => s.url.split('#')[1] ?? '') ?? [];
    const shown = results
      .map(
        (r) =>
          `/${r.url} [${r.sub_results
            .slice(0, 2)
            .map((s) => s.url.split('#')[1])
            .join(' ')}]`,
      )
      .join(', ');
    expect(hit, `${v.q} → ${shown}`).toBeDefined();
    expect(
      v.sections.some((s) => subs.includes(s)),
      `${v.q} → ${shown}`,
    ).toBe(true);
  }
});

test('relaxing: a question with words on no page still finds the section', async () => {
  const pagefind = await loadPagefind('dist');
  const count = async (query: string) =>
    (await pagefind.search(query, { filters: COUNT_FILTER })).results.length;
  expect(await count('hoeveel uur per week solliciteren')).toBe(0);
  const widened = await widenQuery('hoeveel uur per week solliciteren', count);
  expect(widened?.words).not.toContain('hoeveel');
  expect(widened?.words.length).toBeGreaterThan(0);
  // A query that finds something as typed is left alone.
  expect(await widenQuery('reactance', count)).toBeUndefined();
  // Words that find nothing anywhere give nothing to fall back on.
  expect(await widenQuery('qqqq zzzz', count)).toBeUndefined();
});
