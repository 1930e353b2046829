import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCollection, root } from './load';

// One way to cite several authors, site-wide (docs/CONTENT.md):
// - in running text and in `basis`: "Locke en Latham (2002)", "Kanfer, Wanberg en Kantrowitz (2001)";
// - inside parentheses and in `bronnen`: "(Locke & Latham, 2002)", "(Deci, Koestner, & Ryan, 1999)",
//   "Deci, Koestner, & Ryan (1999)": an ampersand, with a comma before it from three authors on.

/** One author's surname, with Dutch and Irish prefixes: "Van der Flier", "de Shazer", "O'Brien". */
const NAAM = String.raw`(?:(?:[Vv]an|[Dd]e|der|den)\s+)*[A-Z][\p{L}'’-]+`;
const JAAR = String.raw`\d{4}[a-z]?`;

const REGELS: { wat: string; patroon: RegExp }[] = [
  {
    wat: 'in lopende tekst "en" tussen auteurs, niet "&"',
    patroon: new RegExp(String.raw`${NAAM}\s+&\s+${NAAM}\s+\(${JAAR}`, 'gu'),
  },
  {
    wat: 'in lopende tekst geen komma voor "en"',
    patroon: new RegExp(String.raw`${NAAM},\s+en\s+${NAAM}\s+\(${JAAR}`, 'gu'),
  },
  {
    wat: 'tussen haakjes "&" tussen auteurs, niet "en"',
    patroon: new RegExp(String.raw`\([^()]*?${NAAM},?\s+en\s+${NAAM},\s+${JAAR}[^()]*\)`, 'gu'),
  },
  {
    wat: 'tussen haakjes vanaf drie auteurs een komma voor "&"',
    patroon: new RegExp(String.raw`${NAAM},\s+${NAAM}\s+&\s+${NAAM},\s+${JAAR}`, 'gu'),
  },
];

/** Citations in running text that break the site's style, with the rule each breaks. */
export function citeerfoutenInTekst(tekst: string): string[] {
  const plat = tekst.replace(/\s+/g, ' ');
  return REGELS.flatMap(({ wat, patroon }) =>
    [...plat.matchAll(patroon)].map((m) => `${wat}: "${m[0]}"`),
  );
}

/** What is wrong with one entry of a `bronnen` list ("Deci, Koestner, & Ryan (1999)"), or null. */
export function bronFout(bron: string): string | null {
  const m = /^(.*?)\s+\(\d{4}[a-z]?(?:,\s*\d{4}[a-z]?)*\)$/u.exec(bron.trim());
  if (!m) return `"${bron}": verwacht "Auteur(s) (jaar)"`;
  const auteurs = m[1]!;
  if (/\sen\s/.test(auteurs)) return `"${bron}": in bronnen "&" tussen auteurs, niet "en"`;
  if (auteurs.includes(',') && /[^,]\s+&\s/.test(auteurs))
    return `"${bron}": vanaf drie auteurs een komma voor "&"`;
  return null;
}

/** What is wrong with the `basis` line of a chapter, or null. */
export function basisFout(basis: string): string | null {
  return /\s&\s/.test(basis) ? `"${basis}": in de basisregel "en" tussen auteurs, niet "&"` : null;
}

interface Leespagina {
  samenvatting?: string;
  inHetKort?: string;
  basis?: string;
  bronnen?: string[];
}

/** Every piece of running text on the site, with where it comes from. */
function lopendeTeksten(): { waar: string; tekst: string }[] {
  const uit: { waar: string; tekst: string }[] = [];
  for (const c of [...loadCollection('studie'), ...loadCollection('praktijk')]) {
    const d = c.data as Leespagina;
    uit.push({ waar: c.path, tekst: [d.samenvatting, d.inHetKort, c.body].join('\n') });
  }
  for (const c of [
    ...loadCollection('stellingen'),
    ...loadCollection('begrippen'),
    ...loadCollection('mindsettest'),
  ]) {
    uit.push({ waar: c.path, tekst: JSON.stringify(c.data) });
  }
  // UI strings and figures carry citations too ("Ryan & Deci, 2000").
  for (const map of ['src/strings', 'src/components/figuren']) {
    for (const f of readdirSync(join(root, map)).filter((f) => /\.(ts|astro)$/.test(f))) {
      uit.push({ waar: `${map}/${f}`, tekst: readFileSync(join(root, map, f), 'utf8') });
    }
  }
  return uit;
}

describe('citation style checker', () => {
  it('accepts the site style', () => {
    expect(
      citeerfoutenInTekst(
        'Locke en Latham (2002) en Kanfer, Wanberg en Kantrowitz (2001) zeggen dit (Locke & Latham, 2002; ' +
          'Deci, Koestner, & Ryan, 1999; zie Van Hooft, Born, Taris, & Van der Flier, 2001).',
      ),
    ).toEqual([]);
    expect(bronFout('Deci, Koestner, & Ryan (1999)')).toBeNull();
    expect(bronFout('Locke & Latham (2002)')).toBeNull();
    expect(bronFout('de Shazer (1985)')).toBeNull();
    expect(basisFout('Prochaska en DiClemente (1982, 1984, 1998); de Shazer (1985)')).toBeNull();
  });

  it('finds the other style, also across a line break', () => {
    expect(citeerfoutenInTekst('Volgens Locke &\nLatham (2002) werkt het.')).toHaveLength(1);
    expect(citeerfoutenInTekst('Dat blijkt (Brehm en Brehm, 1981).')).toHaveLength(1);
    expect(
      citeerfoutenInTekst('Dat blijkt (Stams, Dekovic, Buist & de Vries, 2006).'),
    ).toHaveLength(1);
    expect(
      citeerfoutenInTekst('Van Hooft, Born, Taris, Van der Flier, en Blonk (2005) zagen dat.'),
    ).toHaveLength(1);
    expect(bronFout('Harper en Hardy (2000)')).toMatch(/"&"/);
    expect(bronFout('Kemper, De Visser & Engelen (2010)')).toMatch(/komma/);
    expect(bronFout('Latham, 2007')).toMatch(/verwacht/);
    expect(basisFout('Locke & Latham (2002)')).toMatch(/"en"/);
  });
});

describe('citations follow one style site-wide', () => {
  it('in running text: "en" outside parentheses, "&" inside', () => {
    const fouten = lopendeTeksten().flatMap(({ waar, tekst }) =>
      citeerfoutenInTekst(tekst).map((f) => `${waar}: ${f}`),
    );
    expect(fouten).toEqual([]);
  });

  it('in the "bronnen" and "basis" of every chapter', () => {
    const fouten: string[] = [];
    for (const c of loadCollection('studie')) {
      const { basis, bronnen = [] } = c.data as Leespagina;
      for (const b of bronnen) {
        const fout = bronFout(b);
        if (fout) fouten.push(`${c.path}: ${fout}`);
      }
      const fout = basis ? basisFout(basis) : null;
      if (fout) fouten.push(`${c.path}: ${fout}`);
    }
    expect(fouten).toEqual([]);
  });
});
