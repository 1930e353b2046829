// Lighthouse CI: one page of every kind, three runs each, judged on the median.
// The gate holds only what is deterministic or has a wide margin (category scores and
// layout shift). Timings (TBT, LCP) swing by hundreds of milliseconds between runs on
// two shared cores: `npm run bench:pages` measures them and reports, it never fails.
// lhci serves dist/ itself, with gzip (its static server uses `compression`), as a
// real host would.
const { existsSync, readFileSync } = require('node:fs');

/** A classroom set of the first three statements of chapter 5, as a trainer would link it. */
function classSet() {
  const file = 'content/stellingen/5-doelen.yaml';
  if (!existsSync(file)) throw new Error(`${file} is missing: the class page needs a set to measure`);
  const ids = [...readFileSync(file, 'utf8').matchAll(/^\s*-?\s*id:\s*(\S+)/gm)].slice(0, 3).map((m) => m[1]);
  return `?set=${ids.join(',')}`;
}

/** The page of every kind that is measured (a renamed page fails the run: lhci gets a 404). */
const pages = {
  home: '/',
  hoofdstuk: '/studie/5-doelen/',
  praktijk: '/praktijk/positief-in-gesprek/',
  quiz: '/quiz/',
  klas: `/quiz/klas/${classSet()}`,
  mindsettest: '/mindsettest/',
  doelen: '/doelen/',
  begrippen: '/begrippen/',
  zoeken: '/zoeken/',
};
// Plain text pages (/over/, /404.html, the overviews) share the home page's layout and
// scripts; the end-to-end suite runs axe on every built page in both themes. Leaving
// them out keeps the whole CI run within 15 minutes on two cores.

// The Chromium and flags the end-to-end tests use (headless, no network), defined once.
const { chromiumPath: chromePath, chromiumArgs } = require('./scripts/local.mjs');
const chromeFlags = chromiumArgs.join(' ');

const median = { aggregationMethod: 'median' };

module.exports = {
  pages,
  ci: {
    collect: {
      staticDistDir: './dist',
      url: Object.values(pages).map((path) => `http://localhost${path}`),
      numberOfRuns: Number(process.env.LHCI_RUNS || 3),
      ...(chromePath ? { chromePath } : {}),
      settings: {
        chromeFlags,
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        // Pictures of the page feed no score; leaving them out saves 1-2 s a run.
        disableFullPageScreenshot: true,
        skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
      },
    },
    assert: {
      assertions: {
        'categories:performance': ['error', { minScore: 0.95, ...median }],
        'categories:accessibility': ['error', { minScore: 1, ...median }],
        'categories:best-practices': ['error', { minScore: 1, ...median }],
        'categories:seo': ['error', { minScore: 1, ...median }],
        'cumulative-layout-shift': ['error', { maxNumericValue: 0.02, ...median }],
      },
    },
    upload: { target: 'filesystem', outputDir: '.lighthouseci/reports' },
  },
};
