// The island shell's print support. A tool's print view (a result, a doelkaart) is a
// class on <html> while it is open: the tool's CSS then hides the rest of the page.
// The classroom prints one part at a time (the hand-out, the answer key or the end
// screen): an attribute on <html> tells presenter.css which part goes on paper.
import { useEffect } from 'preact/hooks';

/** Keeps `klasse` on <html> while `open` is true (the tool's print view). */
export function useAfdrukweergave(klasse: string, open: boolean): void {
  useEffect(() => {
    document.documentElement.classList.toggle(klasse, open);
    return () => document.documentElement.classList.remove(klasse);
  }, [klasse, open]);
}

export type Afdruk = 'handout' | 'antwoorden' | 'overzicht';

/** Prints one part of /quiz/klas/. */
export function drukAf(soort: Afdruk): void {
  const html = document.documentElement;
  html.dataset.afdruk = soort;
  addEventListener('afterprint', () => delete html.dataset.afdruk, { once: true });
  window.print();
}
