// Loads Pagefind's own UI on demand and mounts it with Dutch strings.
// Imported dynamically so that no search code is part of a page load.
// As a file of its own (?url): a CSS import would put it in every page's <head>.
import searchUiCss from './search-ui.css?url';
import {
  RANKING,
  COUNT_FILTER,
  orderSubResults,
  widenQuery,
  widenedMessage,
  words,
  type WidenedQuery,
} from './query';

/** Dutch strings for the Pagefind UI (its built-in Dutch is partly missing). */
const translations = {
  // Short enough for a 320 px screen: a cut-off placeholder reads as a different question.
  placeholder: 'Zoek een begrip of vraag',
  clear_search: 'Wissen',
  load_more: 'Meer resultaten',
  search_label: 'Zoek op deze site',
  filters_label: 'Filters',
  zero_results: 'Niets gevonden voor [SEARCH_TERM]. Probeer een ander woord.',
  many_results: '[COUNT] resultaten voor [SEARCH_TERM]',
  one_result: '1 resultaat voor [SEARCH_TERM]',
  alt_search: 'Niets gevonden voor [SEARCH_TERM]. Resultaten voor [DIFFERENT_TERM]',
  search_suggestion: 'Niets gevonden voor [SEARCH_TERM]. Probeer een van deze:',
  searching: 'Zoeken naar [SEARCH_TERM]…',
};

const mounted = new WeakSet<HTMLElement>();
let labels = 0;

/** Pagefind's input only has a placeholder; give it a real, visible label. */
function labelInput(element: HTMLElement): void {
  const input = element.querySelector<HTMLInputElement>('input');
  if (!input || input.labels?.length) return;
  input.id ||= `zoekveld-${++labels}`;
  input.removeAttribute('title');
  const label = document.createElement('label');
  label.htmlFor = input.id;
  label.className = 'search-label';
  label.textContent = 'Zoekterm';
  input.closest('form')?.before(label);
}

/**
 * The kind filter starts closed (Pagefind opens a single filter with few values): on a
 * phone the results then stay above the keyboard. Closed once, when it first appears;
 * after that it stays as the visitor leaves it.
 */
function closeFilters(element: HTMLElement): void {
  const close = () => {
    const block = element.querySelector<HTMLDetailsElement>('.pagefind-ui__filter-block');
    if (!block) return false;
    block.open = false;
    return true;
  };
  if (close()) return;
  const observer = new MutationObserver(() => close() && observer.disconnect());
  observer.observe(element, { childList: true, subtree: true });
}

/** Adds a stylesheet to the page once; resolves when it has loaded. */
function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}

interface PagefindApi {
  options(o: object): Promise<void>;
  search(term: string, options?: object): Promise<{ results: unknown[] }>;
}
interface PagefindResult {
  sub_results?: { url: string }[];
}

/**
 * Relaxing a query that finds nothing (query.ts). Pagefind's UI asks for the term to
 * search synchronously (processTerm), so the relaxed query is worked out in the
 * background with the same Pagefind instance, remembered, and the UI asked to search
 * again: the second time processTerm returns it, and a message says what was searched.
 */
function relaxer(bundlePath: string, notice: HTMLElement, rerun: (term: string) => void) {
  const known = new Map<string, WidenedQuery | null>();
  let latest = '';
  const api = import(/* @vite-ignore */ `${bundlePath}pagefind.js`) as Promise<PagefindApi>;
  const count = async (q: string) =>
    (await (await api).search(q, { filters: COUNT_FILTER })).results.length;
  const key = (term: string) => words(term).join(' ');

  const check = async (term: string) => {
    let relaxed: WidenedQuery | undefined;
    try {
      relaxed = await widenQuery(term, count);
    } catch {
      relaxed = undefined;
    }
    known.set(key(term), relaxed ?? null);
    if (relaxed && key(latest) === key(term)) rerun(term);
  };

  return {
    api,
    processTerm(term: string): string {
      latest = term;
      const relaxed = known.get(key(term));
      notice.textContent = relaxed ? widenedMessage(relaxed) : '';
      if (relaxed === undefined && words(term).length > 1) {
        known.set(key(term), null); // checked once per query
        void check(term);
      }
      return relaxed ? relaxed.query : term;
    },
  };
}

/** Mounts the Pagefind UI in `element` once; resolves when it is ready. */
export async function openSearchUi(element: HTMLElement, initialQuery?: string): Promise<void> {
  if (mounted.has(element)) return;
  mounted.add(element);
  element.setAttribute('aria-busy', 'true');
  try {
    // The UI's stylesheet comes from the Pagefind bundle itself, fetched now: a CSS
    // import here would make Astro put it in every page's <head>.
    const [{ PagefindUI }] = await Promise.all([
      import('@pagefind/default-ui'),
      // Pagefind's own, then the site's additions on top of it.
      loadStylesheet(`${import.meta.env.BASE_URL}pagefind/pagefind-ui.css`).then(() =>
        loadStylesheet(searchUiCss),
      ),
    ]);
    const bundlePath = `${import.meta.env.BASE_URL}pagefind/`;
    const notice = document.createElement('p');
    notice.className = 'search-relaxed';
    // A live region that stays in place (an emptied one is still announced next time).
    notice.setAttribute('role', 'status');
    // The UI's search runs only when the typed value changes; a trailing space makes
    // it search again (the field shows the text as typed).
    const rerun = (term: string) => {
      const input = element.querySelector<HTMLInputElement>('input');
      ui.triggerSearch(`${term} `);
      // After the UI has written its value (its next tick).
      setTimeout(() => {
        if (input && input.value === `${term} `) input.value = term;
      });
    };
    const relax = relaxer(bundlePath, notice, rerun);
    await (await relax.api).options({ ranking: RANKING });
    const ui = new PagefindUI({
      element,
      bundlePath,
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      highlightParam: 'markeer',
      translations,
      autofocus: true,
      // Everything here is also handed to Pagefind's own options.
      ranking: RANKING,
      processTerm: (term: string) => relax.processTerm(term),
      processResult: <T>(result: T): T => {
        const r = result as PagefindResult;
        if (r.sub_results) r.sub_results = orderSubResults(r.sub_results);
        return result;
      },
    });
    labelInput(element);
    closeFilters(element);
    // Between the field and the results; announced where the result count is.
    element.querySelector('.pagefind-ui__drawer')?.before(notice);
    if (initialQuery) ui.triggerSearch(initialQuery);
  } catch {
    mounted.delete(element);
    element.textContent =
      'Zoeken is nu niet beschikbaar. Probeer het opnieuw of gebruik de inhoudsopgave van de studie.';
  } finally {
    element.removeAttribute('aria-busy');
  }
}
