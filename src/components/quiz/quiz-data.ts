// The statement bank as the quiz islands get it: only the fields they show, links with
// the base path, grouped per page in reading order (chapters, then practice pages).
// Runs at build time only.
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { url } from '@/data/site';
import { getHoofdstukken } from '@/data/studie';
import { getPraktijkpaginas } from '@/data/praktijk';
import type { QuizGroep, QuizStelling, QuizTekst } from '@/lib/quiz/types';
import { bronKort, groepLabel } from '@/strings/quiz';

export interface QuizBank {
  stellingen: QuizStelling[];
  groepen: QuizGroep[];
}

/** Every statement, grouped by the page whose file it is in. */
export async function getQuizBank(): Promise<QuizBank> {
  const [bestanden, hoofdstukken, praktijk] = await Promise.all([
    getCollection('stellingen'),
    getHoofdstukken(),
    getPraktijkpaginas(),
  ]);
  const paginas = [
    ...hoofdstukken.map((h) => ({
      key: `studie/${h.id}`,
      kort: String(h.data.hoofdstuk),
      titel: h.data.titel,
      label: groepLabel({ hoofdstuk: h.data.hoofdstuk, titel: h.data.titel }),
    })),
    ...praktijk.map((p) => ({ key: `praktijk/${p.id}`, kort: p.id, titel: p.data.titel, label: groepLabel({ titel: p.data.titel }) })),
  ];
  const titelVan = new Map(paginas.map((p) => [p.key, p.titel]));

  const stellingen: QuizStelling[] = [];
  const groepen: QuizGroep[] = [];
  for (const pagina of paginas) {
    const ids: string[] = [];
    for (const bestand of bestanden.filter((b) => b.data.pagina === pagina.key)) {
      for (const s of bestand.data.stellingen) {
        const bronPagina = s.pagina ?? pagina.key;
        stellingen.push({
          id: s.id,
          stelling: s.stelling,
          oordeel: s.oordeel,
          uitleg: s.uitleg,
          ...(s.waaromGeloofd ? { waaromGeloofd: s.waaromGeloofd } : {}),
          href: url(`${bronPagina}/#${s.anker}`),
          bron: bronKort(s.anker, titelVan.get(bronPagina) ?? bronPagina),
          groep: pagina.key,
        });
        ids.push(s.id);
      }
    }
    if (ids.length > 0) groepen.push({ key: pagina.key, kort: pagina.kort, label: pagina.label, ids });
  }
  return { stellingen, groepen };
}

/** Just the ids and texts of the statements: what a page needs before any verdict shows. */
export function alleenTeksten(stellingen: readonly QuizStelling[]): QuizTekst[] {
  return stellingen.map(({ id, stelling }) => ({ id, stelling }));
}

/**
 * Every statement in full as JSON, the file /quiz/stellingen.json (see
 * src/pages/quiz/stellingen.json.ts), and its address with a hash of the content, so a
 * browser never combines a page with the statements of another build.
 */
export async function getStellingenBestand(): Promise<{ json: string; url: string }> {
  const { stellingen } = await getQuizBank();
  const json = JSON.stringify(stellingen);
  const versie = createHash('sha256').update(json).digest('hex').slice(0, 12);
  return { json, url: url(`quiz/stellingen.json?v=${versie}`) };
}
