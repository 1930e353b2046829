// Which pages and anchors the built site will have, worked out from the sources,
// so links can be checked before a build. Mirrors src/markdown/plugins.mjs.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import Slugger from 'github-slugger';
import { loadCollection, root, type ContentFile } from './load';

const SECTION_NUMBER = /^\s*(\d+(?:\.\d+)+)\.?\s+/;

/** Heading ids of an MDX body, as the Markdown pipeline will assign them. */
export function headingIds(body: string): string[] {
  const slugger = new Slugger();
  const ids: string[] = [];
  let inCode = false;
  for (const line of body.split('\n')) {
    if (line.startsWith('```')) inCode = !inCode;
    const m = !inCode && /^(#{2,3})\s+(.+?)\s*$/.exec(line);
    if (!m) continue;
    const text = m[2]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '');
    const number = SECTION_NUMBER.exec(text);
    ids.push(number ? number[1]!.replaceAll('.', '-') : slugger.slug(text));
  }
  return ids;
}

/** Explicit ids in a file and in the components it imports from src/ (figures, cards). */
export function explicitIds(source: string, file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const ids = [...source.matchAll(/\bid=["']([^"'{}]+)["']/g)].map((m) => m[1]!);
  ids.push(...[...source.matchAll(/<Figuur[^>]*\bnummer=["'{]+(\d+)/g)].map((m) => `figuur-${m[1]}`));
  for (const m of source.matchAll(/^import\s+\w+\s+from\s+['"]@\/([^'"]+\.astro)['"]/gm)) {
    const path = join(root, 'src', m[1]!);
    if (existsSync(path)) ids.push(...explicitIds(readFileSync(path, 'utf8'), path, seen));
  }
  for (const m of source.matchAll(/^import\s+\w+\s+from\s+['"](\.{1,2}\/[^'"]+\.astro)['"]/gm)) {
    const path = resolve(dirname(file), m[1]!);
    if (existsSync(path)) ids.push(...explicitIds(readFileSync(path, 'utf8'), path, seen));
  }
  return ids;
}

export interface Page {
  /** Path without base: "/studie/5-doelen/". */
  path: string;
  anchors: Set<string>;
}

/** Every page of the site that content may link to, with its anchors. */
export function siteMap(): Map<string, Page> {
  const pages = new Map<string, Page>();
  const add = (path: string, anchors: Iterable<string> = []) =>
    pages.set(path, { path, anchors: new Set(anchors) });

  const stellingen = loadCollection('stellingen');
  const stellingIds = (pagina: string) =>
    stellingen
      .filter((f) => (f.data as { pagina: string }).pagina === pagina)
      .flatMap((f) => (f.data as { stellingen: { id: string }[] }).stellingen.map((s) => `stelling-${s.id}`));

  for (const collection of ['studie', 'praktijk']) {
    for (const f of loadCollection(collection)) {
      const pagina = `${collection}/${f.id}`;
      const hasSources = ((f.data as { bronnen?: string[] }).bronnen ?? []).length > 0;
      add(`/${pagina}/`, [
        ...headingIds(f.body),
        ...explicitIds(f.body, join(root, f.path)),
        ...stellingIds(pagina),
        'in-het-kort',
        'inhoud',
        ...(stellingIds(pagina).length ? ['stellingen'] : []),
        ...(hasSources ? ['bronnen'] : []),
      ]);
    }
  }
  const begrippen = loadCollection('begrippen');
  add('/begrippen/', [
    ...begrippen.map((b) => b.id),
    ...begrippen.map((b) => `letter-${(b.data as { term: string }).term.normalize('NFD').charAt(0).toUpperCase()}`),
  ]);
  add('/over/', ['bronnen', 'privacy', 'toegankelijkheid']);
  // Other routes: every page file that is not dynamic.
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else if (entry.name.endsWith('.astro') && !entry.name.includes('[')) {
        const name = entry.name.replace(/\.astro$/, '');
        const path = name === 'index' ? `/${prefix}` : `/${prefix}${name}/`;
        if (!pages.has(path)) add(path);
      }
    }
  };
  walk(join(root, 'src/pages'), '');
  return pages;
}

/** Internal links ("/studie/5-doelen/#5-4") written in an MDX body. */
export function linksIn(file: ContentFile): string[] {
  const md = [...file.body.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]!);
  const html = [...file.body.matchAll(/href=["'](\/[^"']*)["']/g)].map((m) => m[1]!);
  return [...md, ...html];
}

/** Checks a root-relative link against the site map; returns a problem or undefined. */
export function checkLink(pages: Map<string, Page>, link: string): string | undefined {
  const [path = '', anchor] = link.split('#');
  const page = pages.get(path.endsWith('/') ? path : `${path}/`);
  if (!page) return `pagina bestaat niet: ${path}`;
  if (!path.endsWith('/')) return `link zonder slash aan het eind: ${link}`;
  if (anchor && !page.anchors.has(decodeURIComponent(anchor))) return `anker #${anchor} bestaat niet op ${path}`;
  return undefined;
}
