// Highlights, notes and the reading place cost a reading page almost nothing until used:
// this only listens, and hands the first selection, click or scroll (or, at once, a page
// this browser keeps something for) to src/components/annotations/entry.ts.
const bar = document.querySelector<HTMLElement>('[data-anno-pagina]');
if (bar) {
  let entry: Promise<typeof import('@/components/annotations/entry')> | undefined;
  const go = (event?: Event) => {
    if (event?.type === 'selectionchange' && getSelection()?.isCollapsed) return;
    (entry ??= import('@/components/annotations/entry')).then((m) => m.wake(bar, event));
  };
  try {
    const page = `"${bar.dataset.annoPagina}"`;
    if (localStorage.getItem('zelfsturing:aantekeningen')?.includes(page) || localStorage.getItem('zelfsturing:leesplek')?.includes(page)) go();
  } catch {
    /* storage blocked: nothing kept to show */
  }
  for (const type of ['selectionchange', 'click', 'scroll']) document.addEventListener(type, go, { passive: true });
}
