// Sätteri hast plugins for the study's Markdown/MDX (see astro.config.mjs).
// Plain .mjs because astro.config.mjs imports it before Vite is running.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Slugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';

/** Matches a leading section number such as "5.4" or "10.2.1" in a heading. */
const SECTION_NUMBER = /^\s*(\d+(?:\.\d+)+)\.?\s+/;

/**
 * Gives every h2/h3 a stable id and a copyable anchor link.
 * Numbered headings ("## 5.4 Leerdoelen") get an id built from the number ("5-4"),
 * so links such as /studie/5-doelen/#5-4 survive title edits; other headings get
 * the same github-slugger id Astro would give them. Astro's own heading-ids plugin
 * runs after this one and keeps ids that are already set.
 */
export function sectionIds() {
  return ({ fileURL }) => {
    const slugger = new Slugger();
    const page = pageOf(fileURL);
    const { perSection } = loadGlossary();
    return {
      name: 'section-ids',
      element: {
        filter: ['h2', 'h3'],
        visit(node, ctx) {
          const text = ctx.textContent(node);
          let id = node.properties?.id;
          if (typeof id !== 'string') {
            const match = SECTION_NUMBER.exec(text);
            id = match ? match[1].replaceAll('.', '-') : slugger.slug(text);
            ctx.setProperty(node, 'id', id);
          }
          // Search finds the section by the names of the terms explained in it, as
          // people type them ("reactantie" for §6.1): words Pagefind indexes from an
          // attribute, so nobody sees or hears them.
          const words = page && perSection.get(`${page}#${id}`);
          if (words?.length) {
            // Read as "ook: reactantie, weerstand" where a result's excerpt shows them.
            ctx.setProperty(node, 'dataZoekwoorden', `ook: ${[...new Set(words)].join(', ')}`);
            ctx.setProperty(node, 'dataPagefindIndexAttrs', 'data-zoekwoorden');
          }
          const number = SECTION_NUMBER.exec(text)?.[1];
          // An empty link keeps the heading's text (table of contents, search) unchanged;
          // the label tells screen readers what it is, CSS draws the "#".
          ctx.appendChild(node, {
            type: 'element',
            tagName: 'a',
            properties: {
              className: ['anker'],
              href: `#${id}`,
              ariaLabel: number ? `Link naar paragraaf ${number}` : `Link naar “${text.trim()}”`,
              dataPagefindIgnore: '',
            },
            children: [],
          });
          // A note on the section for those who cannot select text (the reading page's loader,
          // src/layouts/reading-wake.ts, wakes it). No text inside, so the heading's text stays
          // as it is; CSS draws "Notitie". A short label, not the heading's words again: long
          // practice pages stay within their byte budget, and the button sits in its heading.
          if (node.tagName === 'h2' || number) {
            ctx.appendChild(node, {
              type: 'element',
              tagName: 'button',
              properties: {
                type: 'button',
                className: ['annotations-control'],
                ariaLabel: number ? `Notitie bij § ${number}` : 'Notitie bij dit deel',
              },
              children: [],
            });
          }
        },
      },
    };
  };
}

/**
 * Root-relative links written in content ("/studie/5-doelen/#5-4") are
 * prefixed with the site's base path, so the site also works under a sub-path.
 */
export function rootLinks(base) {
  const prefix = base.replace(/\/$/, '');
  return {
    name: 'root-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (!prefix || typeof href !== 'string') return;
        if (href.startsWith('/') && !href.startsWith('//') && !href.startsWith(prefix + '/')) {
          ctx.setProperty(node, 'href', prefix + href);
        }
      },
    },
  };
}

/**
 * The glossary (content/begrippen/*.yaml), read once per build: per term its words
 * for search and its short definition, per section the terms explained there.
 * A broken or missing file simply leaves the terms out here; the content
 * collection's schema reports it.
 */
let glossaryCache;
export function loadGlossary(dir = resolve('content/begrippen')) {
  if (glossaryCache) return glossaryCache;
  const terms = new Map();
  const perSection = new Map();
  let files = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  } catch {
    /* no glossary */
  }
  for (const file of files) {
    let data;
    try {
      data = parseYaml(readFileSync(join(dir, file), 'utf8'));
    } catch {
      continue;
    }
    if (!data || typeof data.term !== 'string') continue;
    const id = file.replace(/\.yaml$/, '');
    const words = [data.term, ...(data.ookWel ?? []), ...(data.varianten ?? [])].filter((w) => typeof w === 'string');
    const zie = Array.isArray(data.zie) ? data.zie : [];
    terms.set(id, { id, term: data.term, definitie: String(data.definitie ?? '').trim(), words, zie });
    for (const z of zie) {
      if (!z?.anker) continue;
      const key = `${z.pagina}#${z.anker}`;
      perSection.set(key, [...(perSection.get(key) ?? []), ...words]);
    }
  }
  glossaryCache = { terms, perSection };
  return glossaryCache;
}

/** "studie/6-reactance" for content/studie/6-reactance.mdx, else undefined. */
function pageOf(fileURL) {
  const match = fileURL && /\/content\/(studie|praktijk)\/([^/]+)\.mdx?$/.exec(fileURL.pathname);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

const GLOSSARY_LINK = /^\/begrippen\/#([a-z0-9-]+)$/;
const PAGE_LINK = /^\/(studie|praktijk)\/([^/#]+)\/?$/;

/**
 * Links in the text, made to do what a reader expects of them:
 * - a glossary term ("/begrippen/#reactance") opens its short definition in place: a
 *   button with a native popover (touch, keyboard and screen readers, no script), with
 *   a link to the full entry; the definition is not indexed (the glossary page is);
 * - a cross-reference to a page without a section ("[Hoofdstuk 6](/studie/6-reactance/)")
 *   points to the section it means: the section where a glossary term named in the
 *   same paragraph, or the link text itself, is explained on that page.
 * Content keeps plain Markdown links; this runs before rootLinks adds the base path.
 */
export function readerLinks() {
  return () => {
    const { terms } = loadGlossary();
    let tips = 0;
    return {
      name: 'reader-links',
      element: {
        filter: ['a'],
        visit(node, ctx) {
          const href = node.properties?.href;
          if (typeof href !== 'string') return;
          const glossary = GLOSSARY_LINK.exec(href);
          if (glossary) {
            const term = terms.get(glossary[1]);
            if (!term) return;
            const id = `begrip-${term.id}-${++tips}`;
            ctx.replaceNode(node, {
              type: 'element',
              tagName: 'span',
              properties: { className: ['begrip-tip'] },
              children: [
                {
                  type: 'element',
                  tagName: 'button',
                  properties: { type: 'button', className: ['begrip-tip__knop'], popoverTarget: id },
                  children: node.children,
                },
                {
                  type: 'element',
                  tagName: 'span',
                  properties: { id, popover: 'auto', className: ['begrip-tip__uitleg'], dataPagefindIgnore: '' },
                  children: [
                    { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: term.term }] },
                    { type: 'text', value: ` ${term.definitie} ` },
                    {
                      type: 'element',
                      tagName: 'a',
                      properties: { href },
                      children: [{ type: 'text', value: 'Meer in de begrippenlijst' }],
                    },
                  ],
                },
              ],
            });
            return;
          }
          const page = PAGE_LINK.exec(href);
          if (!page) return;
          const target = `${page[1]}/${page[2]}`;
          if (target === pageOf(ctx.fileURL)) return;
          const onTarget = [...terms.values()].filter((t) => t.zie.some((z) => z.pagina === target && z.anker));
          const mentions = (text) => {
            const lower = text.toLowerCase();
            return onTarget.find((t) => t.words.some((w) => w.length > 3 && lower.includes(w.toLowerCase())));
          };
          const parent = ctx.parent(node);
          const term = mentions(ctx.textContent(node)) ?? (parent ? mentions(ctx.textContent(parent)) : undefined);
          const anker = term?.zie.find((z) => z.pagina === target && z.anker)?.anker;
          if (anker) ctx.setProperty(node, 'href', `/${target}/#${anker}`);
        },
      },
    };
  };
}
