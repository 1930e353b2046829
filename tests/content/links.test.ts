import { describe, expect, it } from 'vitest';
import { loadCollection } from './load';
import { checkLink, linksIn, siteMap } from './site-map';

const pages = siteMap();
const problems = (links: { from: string; link: string }[]) =>
  links.map(({ from, link }) => ({ from, link, problem: checkLink(pages, link) })).filter((p) => p.problem);

describe('links between pages and collections', () => {
  it('every internal link in chapters and practice pages resolves', () => {
    const links = ['studie', 'praktijk'].flatMap((c) =>
      loadCollection(c).flatMap((f) => linksIn(f).map((link) => ({ from: f.path, link }))),
    );
    expect(links.length).toBeGreaterThan(0);
    expect(problems(links)).toEqual([]);
  });

  it('every statement points at a section that exists', () => {
    const links = loadCollection('stellingen').flatMap((f) => {
      const data = f.data as { pagina: string; stellingen: { id: string; anker: string; pagina?: string }[] };
      return data.stellingen.map((s) => ({ from: `${f.path} ${s.id}`, link: `/${s.pagina ?? data.pagina}/#${s.anker}` }));
    });
    expect(problems(links)).toEqual([]);
  });

  it('every glossary term points at places that exist', () => {
    const links = loadCollection('begrippen').flatMap((f) =>
      (f.data as { zie: { pagina: string; anker?: string }[] }).zie.map((z) => ({
        from: f.path,
        link: `/${z.pagina}/${z.anker ? `#${z.anker}` : ''}`,
      })),
    );
    expect(problems(links)).toEqual([]);
  });

  it('every mindset item links to theory that exists', () => {
    const links = loadCollection('mindsettest').flatMap((f) =>
      ((f.data as { items?: { theorie: { pagina: string; anker?: string } }[] }).items ?? []).map((i) => ({
        from: f.path,
        link: `/${i.theorie.pagina}/${i.theorie.anker ? `#${i.theorie.anker}` : ''}`,
      })),
    );
    expect(problems(links)).toEqual([]);
  });
});

describe('the link checker itself', () => {
  it('reports a missing page and a missing anchor', () => {
    expect(checkLink(pages, '/studie/99-bestaat-niet/')).toMatch(/bestaat niet/);
    expect(checkLink(pages, '/begrippen/#geen-begrip-met-deze-naam')).toMatch(/anker/);
    expect(checkLink(pages, '/begrippen/')).toBeUndefined();
  });
});
