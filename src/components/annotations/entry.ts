// The first use of a reading page's highlights, notes or reading place comes here from
// the page's loader (src/layouts/reading-wake.ts, via ./reading-parts.ts), which forwards the first
// selection, clicks and scrolling, or calls in at once when this browser keeps something
// for the page. Each larger part is fetched when it is needed.
import { annotationStrings as t } from '@/strings/annotations';

type Reader = typeof import('./reader');

const KEPT = 'zelfsturing:aantekeningen';
const PLACES = 'zelfsturing:leesplek';
let reader: Promise<Reader> | undefined;
let started = false;
let following = false;

/** The stored value of a key, read-only (every write goes through the store). */
function stored(key: string): unknown {
  try {
    const parsed = JSON.parse(localStorage.getItem(key) ?? 'null');
    return parsed?.v === 1 ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function wake(bar: HTMLElement, event?: Event): void {
  const root = bar.closest('article');
  const pagina = bar.dataset.annotationsPage;
  if (!root || !pagina) return;
  const loadReader = () => (reader ??= import('./reader').then((m) => (m.start(root, pagina), m)));

  if (!started) {
    started = true;
    const list = stored(KEPT);
    if (Array.isArray(list) && list.some((a) => a?.pagina === pagina)) loadReader();
    const plek = (
      stored(PLACES) as
        Record<string, { sectie?: string; label?: string; gelezen?: string }> | undefined
    )?.[pagina];
    if (plek?.sectie && plek.label && document.getElementById(plek.sectie)) {
      const verder = document.createElement('a');
      verder.href = `#${plek.sectie}`;
      verder.textContent = t.verderLezen(plek.label);
      bar.prepend(verder);
    }
    const read = root.querySelector<HTMLElement>('[data-annotations-read]');
    if (read) {
      read.setAttribute('aria-pressed', String(Boolean(plek?.gelezen)));
      read.parentElement!.hidden = false;
    }
  }
  if (!event) return;

  if (event.type === 'selectionchange') {
    const selection = getSelection();
    if (selection && !selection.isCollapsed && root.contains(selection.anchorNode)) loadReader();
  } else if (event.type === 'click') {
    const target = event.target instanceof Element ? event.target : null;
    const control = target?.closest<HTMLElement>('.annotations-control');
    if (control && root.contains(control)) loadReader().then((m) => m.control(control));
    const read = target?.closest<HTMLElement>('[data-annotations-read]');
    if (read) import('./reading-place').then((m) => m.toggleRead(read, pagina));
  } else if (event.type === 'scroll' && !following) {
    following = true;
    import('./reading-place').then((m) => m.follow(root, pagina));
  }
}
