// Highlights and notes on a reading page cost nothing until they are used: this loader
// only listens, and imports the annotation code (src/components/annotations/reader.ts)
// on the first text selection in the article, the first click on a "Notitie bij §"
// control or "Markeer als gelezen", or at once when this page has highlights to show.
// It reads the reading place straight from storage (read-only; every write goes through
// the store) to show "Verder lezen bij § n.m" and the read mark.
const bar = document.querySelector<HTMLElement>('[data-anno-pagina]');
const root = bar?.closest('article');

function stored(key: string): unknown {
  try {
    const parsed = JSON.parse(localStorage.getItem(key) ?? 'null');
    return parsed?.v === 1 ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

if (bar && root) {
  const pagina = bar.dataset.annoPagina!;
  type Reader = typeof import('@/components/annotations/reader');
  let reader: Promise<Reader> | undefined;
  const load = () => (reader ??= import('@/components/annotations/reader').then((m) => (m.start(root, pagina), m)));

  const list = stored('zelfsturing:aantekeningen');
  if (Array.isArray(list) && list.some((a) => a?.pagina === pagina)) load();

  const onSelection = () => {
    const selection = getSelection();
    if (selection && !selection.isCollapsed && root.contains(selection.anchorNode)) {
      document.removeEventListener('selectionchange', onSelection);
      load();
    }
  };
  document.addEventListener('selectionchange', onSelection);
  document.addEventListener('click', (event) => {
    const control = (event.target as Element).closest<HTMLElement>('.anno-kop, [data-anno-gelezen]');
    if (control && root.contains(control)) load().then((m) => m.control(control));
  });

  // Where the reader left off, and whether the page was marked read.
  const plek = (stored('zelfsturing:leesplek') as Record<string, { sectie?: string; label?: string; gelezen?: string }>)?.[
    pagina
  ];
  const verder = bar.querySelector<HTMLAnchorElement>('[data-anno-verder]');
  if (verder && plek?.sectie && plek.label && document.getElementById(plek.sectie)) {
    verder.href = `#${plek.sectie}`;
    verder.textContent = `Verder lezen bij ${plek.label}`;
    verder.hidden = false;
  }
  const gelezen = bar.querySelector<HTMLElement>('[data-anno-gelezen]');
  if (gelezen) {
    gelezen.hidden = false;
    gelezen.setAttribute('aria-pressed', String(Boolean(plek?.gelezen)));
  }
  // The reading place is followed once the reader scrolls (a visitor who only glances
  // at the top has not read anything yet).
  addEventListener('scroll', () => import('@/components/annotations/leesplek').then((m) => m.follow(root, pagina)), {
    once: true,
    passive: true,
  });
}
