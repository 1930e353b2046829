// Loads Pagefind's own UI on demand and mounts it with Dutch strings.
// Imported dynamically so that no search code is part of a page load.

/** Dutch strings for the Pagefind UI (its built-in Dutch is partly missing). */
const translations = {
  placeholder: 'Zoek in de studie, praktijk en hulpmiddelen',
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

/** Adds Pagefind's UI stylesheet to the page once; resolves when it has loaded. */
function loadStylesheet(): Promise<void> {
  const href = `${import.meta.env.BASE_URL}pagefind/pagefind-ui.css`;
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}

/** Mounts the Pagefind UI in `element` once; resolves when it is ready. */
export async function openSearchUi(element: HTMLElement, initialQuery?: string): Promise<void> {
  if (mounted.has(element)) return;
  mounted.add(element);
  element.setAttribute('aria-busy', 'true');
  try {
    // The UI's stylesheet comes from the Pagefind bundle itself, fetched now: a CSS
    // import here would make Astro put it in every page's <head>.
    const [{ PagefindUI }] = await Promise.all([import('@pagefind/default-ui'), loadStylesheet()]);
    const ui = new PagefindUI({
      element,
      bundlePath: `${import.meta.env.BASE_URL}pagefind/`,
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      highlightParam: 'markeer',
      translations,
      autofocus: true,
    });
    labelInput(element);
    if (initialQuery) ui.triggerSearch(initialQuery);
  } catch {
    mounted.delete(element);
    element.textContent =
      'Zoeken is nu niet beschikbaar. Probeer het opnieuw of gebruik de inhoudsopgave van de studie.';
  } finally {
    element.removeAttribute('aria-busy');
  }
}
