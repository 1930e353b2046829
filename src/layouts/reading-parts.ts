// The half of a reading page's script that loads on first use (./reading-wake.ts is the
// half that is always there): copying a section's address, highlights, notes and the
// reading place (src/components/annotations/entry.ts, which fetches the rest when it
// is needed), and the statements block (src/components/stellingen/stelling-quiz.ts).
import { wake as wakeAnnotations } from '@/components/annotations/entry';

export { start as startQuiz } from '@/components/stellingen/stelling-quiz';

const copyStatus = document.querySelector('[data-copy-status]');

/** A first use of the page, or none (called at once when this browser keeps something for it). */
export function wake(event?: Event): void {
  // Clicking a heading's "#" link copies the section's address (and still navigates),
  // so a reader can paste a link to §5.4 into a mail or report.
  const link =
    event?.type === 'click'
      ? (event.target as Element).closest<HTMLAnchorElement>('a.anker')
      : null;
  if (link) {
    navigator.clipboard?.writeText(link.href).then(
      () => {
        copyStatus!.textContent = 'Link naar deze paragraaf gekopieerd.';
        link.dataset.copied = '';
        setTimeout(() => delete link.dataset.copied, 2000);
      },
      () => {
        /* clipboard refused: the address bar shows the link anyway */
      },
    );
  }
  const bar = document.querySelector<HTMLElement>('[data-annotations-page]');
  if (bar) wakeAnnotations(bar, event);
}
