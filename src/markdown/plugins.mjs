// Sätteri hast plugins for the study's Markdown/MDX.
// Plain .mjs because astro.config.mjs imports it before Vite is running.

/** Matches a leading section number such as "5.4" or "10.2.1" in a heading. */
const SECTION_NUMBER = /^\s*(\d+(?:\.\d+)+)\.?\s+/;

/**
 * Numbered headings ("## 5.4 Leerdoelen") get a stable id built from the number
 * ("5-4"), so links such as /studie/5-doelen/#5-4 survive title edits.
 * The number itself is wrapped in a span for styling.
 */
export function sectionIds() {
  return {
    name: 'section-ids',
    element: {
      filter: ['h2', 'h3', 'h4'],
      visit(node, ctx) {
        const text = ctx.textContent(node);
        const match = SECTION_NUMBER.exec(text);
        if (!match || typeof node.properties?.id === 'string') return;
        ctx.setProperty(node, 'id', match[1].replaceAll('.', '-'));
        ctx.setProperty(node, 'dataSection', match[1]);
      },
    },
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
