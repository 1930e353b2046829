// Printing one part of /quiz/klas/ (the hand-out, the answer key or the end screen):
// an attribute on <html> tells presenter.css which part goes on paper.

export type PrintPart = 'handout' | 'antwoorden' | 'overzicht';

export function printPart(soort: PrintPart): void {
  const html = document.documentElement;
  html.dataset.afdruk = soort;
  addEventListener('afterprint', () => delete html.dataset.afdruk, { once: true });
  window.print();
}
