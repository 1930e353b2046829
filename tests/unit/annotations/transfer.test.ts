// Export and import: Markdown carries quote, note and link; a JSON backup merged into
// another browser adds what is new, skips duplicates, names a file that is not a
// backup, and never loses what was already kept.
import { describe, expect, it } from 'vitest';
import type { Aantekening } from '@/lib/annotations/model';
import {
  groupByPage,
  mergeAantekeningen,
  linkTo,
  mergeReadingPlaces,
  type PageInfo,
} from '@/lib/annotations/transfer';
import { parseBackup, toBackup, toMarkdown } from '@/lib/annotations/backup';
import { markdownText } from '@/strings/annotations-backup';

const T = '2026-12-01T10:00:00.000Z';
const paginas: PageInfo[] = [
  { pagina: 'studie/1-inleiding/', titel: '1. Inleiding', href: '/studie/1-inleiding/' },
  { pagina: 'studie/5-doelen/', titel: '5. Doelen', href: '/studie/5-doelen/' },
];

function note(id: string, over: Partial<Aantekening> = {}): Aantekening {
  return {
    id,
    pagina: 'studie/5-doelen/',
    sectie: '5-4',
    quote: { type: 'TextQuoteSelector', exact: `Citaat ${id}`, prefix: 'voor ', suffix: ' na' },
    position: { type: 'TextPositionSelector', start: 100, end: 110 },
    kleur: 'geel',
    notitie: `Notitie ${id}`,
    gemaakt: T,
    gewijzigd: T,
    ...over,
  };
}

const mdText = markdownText('1 december 2026');

describe('groupByPage', () => {
  it('groups by page in reading order and sorts each page in text order', () => {
    const list = [
      note('b', { position: { type: 'TextPositionSelector', start: 500, end: 510 } }),
      note('c', { pagina: 'studie/1-inleiding/' }),
      note('a', { position: { type: 'TextPositionSelector', start: 5, end: 9 } }),
    ];
    const groups = groupByPage(list, paginas);
    expect(groups.map((g) => [g.pagina, g.aantekeningen.map((a) => a.id)])).toEqual([
      ['studie/1-inleiding/', ['c']],
      ['studie/5-doelen/', ['a', 'b']],
    ]);
  });

  it('keeps entries of a page the site no longer has, last, under their path', () => {
    const groups = groupByPage([note('x', { pagina: 'studie/11-weg/' }), note('y')], paginas);
    expect(groups.map((g) => g.titel)).toEqual(['5. Doelen', 'studie/11-weg/']);
  });
});

describe('toMarkdown', () => {
  it('writes the quote as a blockquote, the note and an absolute link to the place', () => {
    const groups = groupByPage(
      [
        note('a', { notitie: 'Eerste regel\nTweede regel' }),
        note('s', { quote: undefined, position: undefined, sectie: '5-2' }),
      ],
      paginas,
    );
    const md = toMarkdown(groups, 'https://example.nl/zelfsturing/', mdText);
    expect(md).toContain('## 5. Doelen');
    expect(md).toContain('> Citaat a');
    expect(md).toContain('Notitie: Eerste regel  \nTweede regel');
    expect(md).toContain(
      '[Naar de tekst (§ 5.4)](https://example.nl/studie/5-doelen/#aantekening-a)',
    );
    expect(md).toContain('**Notitie bij § 5.2**');
  });

  it('marks an entry that is no longer found in the text', () => {
    const groups = groupByPage([note('w', { wees: T })], paginas);
    expect(toMarkdown(groups, 'https://example.nl/', mdText, (a) => Boolean(a.wees))).toContain(
      '*(niet meer gevonden in de tekst)*',
    );
  });
});

describe('JSON backup', () => {
  it('round-trips every entry and reading place', () => {
    const list = [note('a'), note('b', { kleur: 'roze', notitie: '' })];
    const plekken = { 'studie/5-doelen/': { sectie: '5-4', label: '§ 5.4', bijgewerkt: T } };
    const parsed = parseBackup(toBackup(list, plekken));
    expect(parsed).toEqual({ ok: true, aantekeningen: list, leesplekken: plekken, ongeldig: 0 });
  });

  it('refuses a file that is not a backup with the shared import error codes', () => {
    expect(parseBackup('{"soort":"zelfsturing-doelkaarten","versie":1}')).toEqual({
      ok: false,
      reden: 'unknown-kind',
    });
    expect(parseBackup('dit is tekst')).toEqual({ ok: false, reden: 'not-json' });
    expect(parseBackup('')).toEqual({ ok: false, reden: 'empty' });
    expect(
      parseBackup(
        '{"soort":"zelfsturing-aantekeningen","versie":2,"bewaard":{"aantekeningen":[]}}',
      ),
    ).toEqual({ ok: false, reden: 'newer-version' });
    expect(
      parseBackup(
        '{"soort":"zelfsturing-aantekeningen","versie":1,"bewaard":{"aantekeningen":{}}}',
      ),
    ).toEqual({ ok: false, reden: 'invalid' });
  });

  it('refuses a huge file before parsing it', () => {
    expect(parseBackup('x'.repeat(25 * 1024 * 1024 + 1))).toEqual({
      ok: false,
      reden: 'too-large',
    });
  });

  it('keeps the valid entries of a backup and counts the invalid ones', () => {
    const text = JSON.stringify({
      soort: 'zelfsturing-aantekeningen',
      versie: 1,
      bewaard: {
        aantekeningen: [note('a'), { id: 'kapot' }, note('b', { kleur: 'paars' as never })],
      },
    });
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.aantekeningen.map((a) => a.id)).toEqual(['a']);
    expect(parsed.ok && parsed.ongeldig).toBe(2);
  });

  it('merges: new entries added, duplicates (same id, or same words and note) skipped, nothing kept lost', () => {
    const kept = [note('a'), note('b')];
    const incoming = [
      note('a', { notitie: 'andere versie' }),
      { ...note('b'), id: 'b-kopie' },
      note('c'),
    ];
    const merged = mergeAantekeningen(kept, incoming);
    expect(merged.aantekeningen.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(merged.aantekeningen[0]!.notitie).toBe('Notitie a');
    expect(merged).toMatchObject({ toegevoegd: 1, dubbel: 2, vol: 0 });
  });

  it('stops adding at the limit and says how many did not fit', () => {
    const merged = mergeAantekeningen([note('a')], [note('b'), note('c')], 2);
    expect(merged.aantekeningen.map((a) => a.id)).toEqual(['a', 'b']);
    expect(merged.vol).toBe(1);
  });

  it('merges reading places: the newest place wins, a read mark stays', () => {
    const kept = { 'studie/5-doelen/': { sectie: '5-1', gelezen: T, bijgewerkt: T } };
    const incoming = {
      'studie/5-doelen/': { sectie: '5-5', bijgewerkt: '2026-12-02T10:00:00.000Z' },
      'studie/1-inleiding/': { sectie: '1-2', bijgewerkt: T },
    };
    expect(mergeReadingPlaces(kept, incoming)).toEqual({
      'studie/5-doelen/': { sectie: '5-5', gelezen: T, bijgewerkt: '2026-12-02T10:00:00.000Z' },
      'studie/1-inleiding/': { sectie: '1-2', bijgewerkt: T },
    });
  });
});

describe('lists and files at the edges', () => {
  it('writes a note on an unnumbered section, a note without words, and no link for a page the site lost', () => {
    const groups = groupByPage(
      [
        note('n', { quote: undefined, position: undefined, sectie: 'inleiding', notitie: '' }),
        note('z', { quote: undefined, position: undefined, sectie: undefined }),
        note('weg', { pagina: 'studie/11-weg/' }),
      ],
      paginas,
    );
    const md = toMarkdown(groups, 'https://example.nl/', mdText);
    expect(md).toContain('**Notitie bij inleiding**');
    expect(md).not.toContain('Notitie: \n');
    expect(md).toContain('[Naar de tekst](https://example.nl/studie/5-doelen/#aantekening-z)');
    expect(md).toContain('## studie/11-weg/');
    expect(md).not.toContain('#aantekening-weg');
    expect(linkTo({ href: '' }, note('weg'))).toBe('');
  });

  it('sorts entries without a position first, then by the time they were made', () => {
    const groups = groupByPage(
      [
        note('later', { gemaakt: '2026-12-02T10:00:00.000Z' }),
        note('sectie', { quote: undefined, position: undefined }),
        note('eerder', { gemaakt: '2026-11-30T10:00:00.000Z' }),
      ],
      paginas,
    );
    expect(groups[0]!.aantekeningen.map((a) => a.id)).toEqual(['sectie', 'eerder', 'later']);
  });

  it('refuses a backup whose contents are not a list of notes, and drops broken reading places', () => {
    const wrap = (bewaard: unknown) =>
      JSON.stringify({ soort: 'zelfsturing-aantekeningen', versie: 1, bewaard });
    expect(parseBackup(wrap('alles'))).toEqual({ ok: false, reden: 'invalid' });
    expect(parseBackup(wrap({ aantekeningen: [note('a')], leesplekken: { '/x': 1 } }))).toEqual({
      ok: true,
      aantekeningen: [note('a')],
      leesplekken: {},
      ongeldig: 0,
    });
    expect(parseBackup(wrap({ aantekeningen: [] }))).toMatchObject({ ok: true, leesplekken: {} });
  });

  it('merges reading places: an older incoming place does not move the reader back', () => {
    const kept = { 'studie/5-doelen/': { sectie: '5-5', bijgewerkt: '2026-12-02T10:00:00.000Z' } };
    const incoming = { 'studie/5-doelen/': { sectie: '5-1', gelezen: T, bijgewerkt: T } };
    expect(mergeReadingPlaces(kept, incoming)).toEqual({
      'studie/5-doelen/': { sectie: '5-5', gelezen: T, bijgewerkt: '2026-12-02T10:00:00.000Z' },
    });
    const unread = { 'studie/5-doelen/': { bijgewerkt: T } };
    expect(mergeReadingPlaces(unread, unread)).toEqual(unread);
  });
});
