// When a visitor arrives from a search result (?markeer=term), highlight the term
// on the page. Pagefind's highlighter is only fetched in that case.
if (new URLSearchParams(location.search).has('markeer')) {
  const src = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
  import(/* @vite-ignore */ src)
    .then(({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam: 'markeer' }))
    .catch(() => {
      /* highlighting is a nicety; the page works without it */
    });
}
