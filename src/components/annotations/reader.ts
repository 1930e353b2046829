// Highlights and notes on a reading page, loaded by src/layouts/reading-wake.ts
// on first use. Highlights are <mark> elements put back from the stored quotes on every
// change; a small toolbar follows a selection; a panel changes a highlight's colour or
// note; a section note sits under its heading. Marks, toolbar and panel carry
// data-annotations-ignore or live outside the article, so the article's text, and with it every
// stored offset, stays the same.
import {
  $aantekeningen,
  aantekeningenAreKept,
  addAantekening,
  removeAantekening,
  setOrphaned,
  updateAantekening,
  type SaveResult,
} from '@/stores/annotations';
import { anchorQuote, describeQuote, splitOverlaps, type Span } from '@/lib/annotations/anchor';
import { COLOURS, NOTITIE_MAX, type Aantekening, type Colour } from '@/lib/annotations/model';
import { annotationStrings as t, colourNames } from '@/strings/annotations';
import { buildTextMap, offsetOf, unwrapAll, wrapSpan } from './text-map';
import { labelOf } from './reading-place';
import marksCss from './annotations.css?raw';
import readerCss from './reader.css?raw';

let root: HTMLElement;
/** The bar under the title (ReadingBar.astro). */
let bar: HTMLElement;
let pagina = '';
let started = false;

const say = (text: string) => {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  if (status) status.textContent = text;
};

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Starts once per page: shows the stored highlights and listens for selections. */
export function start(article: Element, page: string): void {
  if (started) return;
  started = true;
  root = article as HTMLElement;
  pagina = page;
  // These styles come with this code rather than with every reading page. A constructed
  // sheet, which the page's Content Security Policy allows (no inline <style>).
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(marksCss + readerCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  // What a focused highlight is and does, for screen readers (aria-describedby).
  bar = root.querySelector<HTMLElement>('[data-annotations-page]')!;
  bar.append(el('p', { id: 'annotations-uitleg', hidden: true, textContent: t.uitleg }));
  render();
  $aantekeningen.listen(render);
  document.addEventListener('selectionchange', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(updateToolbar);
  });
  document.addEventListener('keydown', onKey);
  root.addEventListener('click', onClick);
  root.addEventListener('keydown', (event) => {
    const mark = (event.target as Element).closest?.<HTMLElement>('mark.annotations');
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      openPanel(mark);
    }
  });
  updateToolbar();
  focusHash();
  addEventListener('hashchange', focusHash);
}

/** A click on a heading's "Notitie bij §" control (forwarded by ./entry). */
export function control(target: HTMLElement): void {
  const heading = target.closest<HTMLElement>('h2[id], h3[id]');
  if (heading) openSectionPanel(heading);
}

// ---- Showing the stored highlights -------------------------------------------------

const mine = () => $aantekeningen.get().filter((a) => a.pagina === pagina);

function render(): void {
  performance.mark('annotations-render-start');
  const list = mine();
  const byId = new Map(list.map((a) => [a.id, a]));
  unwrapAll(root, 'mark.annotations');
  for (const old of root.querySelectorAll('.annotations-sectienotitie')) old.remove();
  const map = buildTextMap(root);
  const spans: (Span & { id: string })[] = [];
  const orphans = new Set<string>();
  for (const a of list) {
    if (!a.quote) continue;
    const span = anchorQuote(map.text, a.quote, a.position);
    if (span) spans.push({ id: a.id, ...span });
    else orphans.add(a.id);
  }
  const length = new Map(spans.map((s) => [s.id, s.end - s.start]));
  const pieces = splitOverlaps(spans);
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i]!;
    // The innermost highlight gives a shared piece its colour.
    const top = byId.get(piece.ids.reduce((a, b) => (length.get(b)! < length.get(a)! ? b : a)))!;
    const className = [
      'annotations',
      `annotations--${top.kleur}`,
      piece.ids.length > 1 ? 'annotations--samen' : '',
      piece.ids.some((id) => byId.get(id)?.notitie) ? 'annotations--notitie' : '',
    ].join(' ');
    wrapSpan(map, piece.start, piece.end, () => el('mark', { className, tabIndex: -1 })).forEach(
      (m) => m.setAttribute('data-annotations', piece.ids.join(' ')),
    );
  }
  // The first piece of each highlight is its place: the link target and the tab stop.
  for (const s of spans) {
    const first = root.querySelector<HTMLElement>(
      `mark[data-annotations~="${CSS.escape(s.id)}"]:not([id])`,
    );
    if (!first) continue;
    first.id = `aantekening-${s.id}`;
    first.tabIndex = 0;
    first.setAttribute('aria-describedby', 'annotations-uitleg');
  }
  for (const a of list) {
    if (a.quote || !a.sectie) continue;
    const heading = document.getElementById(a.sectie);
    if (!heading || !root.contains(heading)) {
      orphans.add(a.id);
      continue;
    }
    heading.after(sectionNote(a, heading));
  }
  setOrphaned(pagina, orphans);
  let notice = document.querySelector<HTMLElement>('[data-annotations-orphans]');
  if (!notice && orphans.size > 0) {
    notice = el('p', { className: 'no-print' });
    notice.dataset.annotationsOrphans = notice.dataset.annotationsIgnore = '';
    bar.after(notice);
  }
  if (notice) {
    notice.hidden = orphans.size === 0;
    const list = bar.querySelector<HTMLAnchorElement>('a[href$="aantekeningen/"]');
    notice.replaceChildren(
      `${t.weesOpPagina(orphans.size)} `,
      el('a', { href: list?.href ?? '', textContent: t.bekijkWees }),
    );
  }
  // Read by scripts/bench-notes.mjs.
  performance.measure('annotations-render', 'annotations-render-start');
}

function sectionNote(a: Aantekening, heading: HTMLElement): HTMLElement {
  const label = t.sectieNotitie(labelOf(heading));
  const edit = el('button', { type: 'button', className: 'button', textContent: t.bewerk });
  edit.dataset.annotationsEdit = a.id;
  const box = el(
    'div',
    {
      className: `annotations-sectienotitie annotations-sectienotitie--${a.kleur}`,
      id: `aantekening-${a.id}`,
      tabIndex: -1,
    },
    el('p', { className: 'annotations-sectienotitie__kop' }, el('strong', {}, label)),
    el('p', { className: 'annotations-sectienotitie__tekst', textContent: a.notitie }),
    edit,
  );
  box.setAttribute('role', 'note');
  box.setAttribute('aria-label', label);
  box.dataset.annotationsIgnore = '';
  return box;
}

function focusHash(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id.startsWith('aantekening-')) return;
  const target =
    document.getElementById(id) ??
    document.querySelector<HTMLElement>('[data-annotations-orphans]:not([hidden])');
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

// ---- The toolbar on a selection ----------------------------------------------------

let frame = 0;
let toolbar: HTMLElement | undefined;
let pending: { start: number; end: number; text: string; startNode: Node } | undefined;

function getToolbar(): HTMLElement {
  if (toolbar) return toolbar;
  const markButton = el('button', { type: 'button', textContent: t.markeer });
  const notitie = el('button', { type: 'button', textContent: t.notitie });
  toolbar = el('div', { className: 'annotations-toolbar', hidden: true }, markButton, notitie);
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', t.toolbar);
  toolbar.dataset.annotationsIgnore = '';
  // Pressing a button must not take the selection away first.
  toolbar.addEventListener('mousedown', (e) => e.preventDefault());
  markButton.addEventListener('click', () => highlight(false));
  notitie.addEventListener('click', () => highlight(true));
  toolbar.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft')
      (document.activeElement === markButton ? notitie : markButton).focus();
  });
  document.body.append(toolbar);
  return toolbar;
}

function hideToolbar(): void {
  if (toolbar && !toolbar.contains(document.activeElement)) toolbar.hidden = true;
  if (toolbar?.hidden) pending = undefined;
}

/** The current selection as text offsets, when it is a non-empty part of the article. */
function selected(): { pending: NonNullable<typeof pending>; range: Range } | undefined {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return undefined;
  const map = buildTextMap(root);
  let start = offsetOf(map, range.startContainer, range.startOffset);
  let end = offsetOf(map, range.endContainer, range.endOffset);
  // A double click takes the space after a word too; the quote should not.
  while (start < end && /\s/.test(map.text[start]!)) start++;
  while (end > start && /\s/.test(map.text[end - 1]!)) end--;
  if (end <= start) return undefined;
  return { pending: { start, end, text: map.text, startNode: range.startContainer }, range };
}

function updateToolbar(): void {
  if (panel && !panel.hidden && panel.contains(document.activeElement)) return;
  const now = selected();
  if (!now) return hideToolbar();
  pending = now.pending;
  const bar = getToolbar();
  bar.hidden = false;
  place(bar, now.range.getBoundingClientRect());
}

/** Puts a floating element just below a rectangle of the page, inside the screen. */
function place(floating: HTMLElement, rect: DOMRect): void {
  const width = floating.offsetWidth;
  const left = Math.min(
    Math.max(8, rect.left + rect.width / 2 - width / 2),
    document.documentElement.clientWidth - width - 8,
  );
  floating.style.left = `${Math.max(8, left + scrollX)}px`;
  floating.style.top = `${rect.bottom + scrollY + 8}px`;
}

function onKey(event: KeyboardEvent): void {
  if (event.key === 'Escape') {
    if (panel && !panel.hidden) return closePanel();
    if (toolbar && !toolbar.hidden) {
      toolbar.hidden = true;
      pending = undefined;
    }
    return;
  }
  // From a selection made with the keyboard, Tab goes to the toolbar.
  if (
    event.key === 'Tab' &&
    !event.shiftKey &&
    toolbar &&
    !toolbar.hidden &&
    !toolbar.contains(document.activeElement)
  ) {
    event.preventDefault();
    toolbar.querySelector('button')!.focus();
  }
}

/** The id of the section heading before a point of the article. */
function sectionBefore(node: Node): string | undefined {
  let found: string | undefined;
  for (const h of root.querySelectorAll<HTMLElement>('h2[id]')) {
    if (h.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) found = h.id;
    else break;
  }
  return found;
}

function report(result: SaveResult | undefined, done: string): boolean {
  if (!result) return false;
  if (!result.ok) {
    say(result.reden === 'too-long' ? t.teLang(NOTITIE_MAX) : t.nietBewaard);
    return false;
  }
  const kept = aantekeningenAreKept();
  say(kept ? done : t.nietBewaard);
  // Not written to this browser (storage full or blocked): said where everyone sees it;
  // what was made stays on the page and in memory.
  let warning = document.querySelector<HTMLElement>('[data-annotations-warning]');
  if (!kept && !warning) {
    warning = el('p', { className: 'no-print', textContent: t.nietBewaard });
    warning.dataset.annotationsWarning = warning.dataset.annotationsIgnore = '';
    bar.after(warning);
  }
  if (warning) warning.hidden = kept;
  return true;
}

function highlight(withNote: boolean): void {
  // The selection as it is now: the toolbar follows it one frame late.
  pending = selected()?.pending ?? pending;
  if (!pending) return;
  const { quote, position } = describeQuote(pending.text, pending.start, pending.end);
  const result = addAantekening({
    pagina,
    sectie: sectionBefore(pending.startNode),
    quote,
    position,
  });
  pending = undefined;
  getSelection()?.removeAllRanges();
  if (toolbar) toolbar.hidden = true;
  if (!report(result, t.bewaard) || !result.ok) return;
  const mark = document.getElementById(`aantekening-${result.aantekening.id}`);
  if (!mark) return;
  if (withNote) openPanel(mark, result.aantekening.id);
  else mark.focus();
}

// ---- The panel: colour, note, remove ---------------------------------------------------

let panel: HTMLElement | undefined;
let editing: { id?: string; sectie?: string; returnTo: HTMLElement } | undefined;

function getPanel(): HTMLElement {
  if (panel) return panel;
  const colours = el(
    'fieldset',
    { className: 'annotations-panel__kleuren' },
    el('legend', { textContent: t.kleur }),
  );
  for (const kleur of COLOURS) {
    const input = el('input', { type: 'radio', name: 'annotations-kleur', value: kleur });
    input.addEventListener(
      'change',
      () => editing?.id && report(updateAantekening(editing.id, { kleur }), t.bewaard),
    );
    colours.append(
      el(
        'label',
        { className: `annotations-panel__kleur annotations--${kleur}` },
        input,
        ` ${colourNames[kleur]}`,
      ),
    );
  }
  const area = el('textarea', { id: 'annotations-notitie', rows: 3 });
  const error = el('p', { className: 'annotations-panel__fout', hidden: true });
  const saveButton = el('button', {
    type: 'button',
    textContent: t.bewaar,
    className: 'button button--primary',
  });
  const removeButton = el('button', {
    type: 'button',
    textContent: t.verwijderMarkering,
    className: 'button',
  });
  const closeButton = el('button', { type: 'button', textContent: t.sluit, className: 'button' });
  const title = el('p', { id: 'annotations-panel-titel', className: 'annotations-panel__titel' });
  panel = el(
    'div',
    { className: 'annotations-panel', hidden: true },
    title,
    colours,
    el('label', { htmlFor: 'annotations-notitie', textContent: t.notitieVeld }),
    area,
    error,
    el('div', { className: 'annotations-panel__knoppen' }, saveButton, removeButton, closeButton),
  );
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'annotations-panel-titel');
  panel.dataset.annotationsIgnore = '';
  saveButton.addEventListener('click', save);
  removeButton.addEventListener('click', () => {
    if (editing?.id) removeAantekening(editing.id);
    say(editing?.sectie ? t.notitieVerwijderd : t.verwijderd);
    closePanel();
  });
  closeButton.addEventListener('click', closePanel);
  area.addEventListener('input', () => {
    const over = area.value.length > NOTITIE_MAX;
    error.hidden = !over;
    error.textContent = over ? t.teLang(NOTITIE_MAX) : '';
  });
  document.body.append(panel);
  return panel;
}

function save(): void {
  const p = getPanel();
  const area = p.querySelector('textarea')!;
  const notitie = area.value.trim();
  if (notitie.length > NOTITIE_MAX) {
    area.focus();
    return;
  }
  if (!editing) return;
  const done = editing.sectie ? t.notitieBewaard : t.bewaard;
  if (editing.id) report(updateAantekening(editing.id, { notitie }), done);
  else if (editing.sectie && notitie) {
    const heading = document.getElementById(editing.sectie);
    const position = heading
      ? {
          type: 'TextPositionSelector' as const,
          start: offsetOf(buildTextMap(root), heading, 0),
          end: 0,
        }
      : undefined;
    if (position) position.end = position.start;
    report(addAantekening({ pagina, sectie: editing.sectie, notitie, position }), done);
  }
  closePanel();
}

function openPanel(mark: HTMLElement, id?: string): void {
  const ids = (mark.getAttribute('data-annotations') ?? '').split(' ');
  const a = mine().find((x) => x.id === (id ?? ids[ids.length - 1]));
  if (!a) return;
  const anchor = document.getElementById(`aantekening-${a.id}`) ?? mark;
  show(
    { id: a.id, returnTo: anchor },
    t.paneel,
    a.kleur,
    a.notitie,
    t.verwijderMarkering,
    anchor.getBoundingClientRect(),
    !id,
  );
}

function openSectionPanel(heading: HTMLElement): void {
  const a = mine().find((x) => !x.quote && x.sectie === heading.id);
  const button = heading.querySelector<HTMLElement>('.annotations-control') ?? heading;
  show(
    a
      ? { id: a.id, sectie: heading.id, returnTo: button }
      : { sectie: heading.id, returnTo: button },
    t.sectieNotitie(labelOf(heading)),
    a?.kleur ?? 'geel',
    a?.notitie ?? '',
    t.verwijder,
    heading.getBoundingClientRect(),
    false,
  );
}

function show(
  target: NonNullable<typeof editing>,
  title: string,
  kleur: Colour,
  notitie: string,
  removeLabel: string,
  rect: DOMRect,
  focusColour: boolean,
): void {
  const p = getPanel();
  editing = target;
  p.querySelector('#annotations-panel-titel')!.textContent = title;
  const colours = p.querySelector<HTMLFieldSetElement>('.annotations-panel__kleuren')!;
  colours.hidden = Boolean(target.sectie);
  for (const input of colours.querySelectorAll('input')) input.checked = input.value === kleur;
  const area = p.querySelector('textarea')!;
  area.value = notitie;
  area.dispatchEvent(new Event('input'));
  const remove = p.querySelectorAll<HTMLButtonElement>('.annotations-panel__knoppen button')[1]!;
  remove.textContent = removeLabel;
  remove.hidden = !target.id;
  p.hidden = false;
  place(p, rect);
  if (focusColour && !target.sectie)
    colours.querySelector<HTMLInputElement>('input:checked')!.focus();
  else area.focus();
}

function closePanel(): void {
  if (!panel || panel.hidden) return;
  panel.hidden = true;
  const back = editing?.returnTo;
  const id = editing?.id;
  editing = undefined;
  // The mark may have been drawn anew while the panel was open.
  const target =
    (id && document.getElementById(`aantekening-${id}`)) || (back?.isConnected ? back : undefined);
  target?.focus();
}

function onClick(event: MouseEvent): void {
  const target = event.target as Element;
  const edit = target.closest<HTMLElement>('[data-annotations-edit]');
  if (edit) {
    const heading = edit.closest('.annotations-sectienotitie')?.previousElementSibling;
    if (heading instanceof HTMLElement) openSectionPanel(heading);
    return;
  }
  const mark = target.closest<HTMLElement>('mark.annotations');
  if (mark && getSelection()?.isCollapsed !== false) openPanel(mark);
}
