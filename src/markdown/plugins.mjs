// Sätteri hast plugins for the study's Markdown/MDX (see astro.config.mjs).
// Plain .mjs because astro.config.mjs imports it before Vite is running.
import Slugger from 'github-slugger';

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
  return () => {
    const slugger = new Slugger();
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
