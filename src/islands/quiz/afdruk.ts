// Printing one part of /quiz/klas/ (the hand-out, the answer key or the end screen):
// an attribute on <html> tells presenter.css which part goes on paper. The hand-out and
// the answer key are rendered by the page for every statement (KlasAfdrukken.astro);
// here they are narrowed to the set, in its order.

export type Afdruk = 'handout' | 'antwoorden' | 'overzicht';

export function drukAf(soort: Afdruk): void {
  const html = document.documentElement;
  html.dataset.afdruk = soort;
  addEventListener('afterprint', () => delete html.dataset.afdruk, { once: true });
  window.print();
}

/** Shows the set's statements in the printouts, in the set's order; hides the rest. */
export function ordenAfdrukken(ids: readonly string[]): void {
  for (const lijst of document.querySelectorAll<HTMLElement>('[data-afdruk-lijst]')) {
    const items = new Map([...lijst.children].map((li) => [(li as HTMLElement).dataset.id, li as HTMLElement]));
    for (const li of items.values()) li.hidden = true;
    for (const id of ids) {
      const li = items.get(id);
      if (!li) continue;
      li.hidden = false;
      lijst.append(li);
    }
  }
}
