// The behaviour of the statements block "Waarheid of misvatting?" (StellingenBlock.astro):
// two buttons per statement, feedback, the verdict, and answers kept per page on the
// device. Loaded by the reading page's loader (src/layouts/reading-wake.ts) when this
// browser keeps answers for the page, or on the first touch, key or focus inside the
// block; a click that came before this module replays once it has started. Kept tiny:
// it imports nothing that the tool pages share (see src/lib/quiz/page-answers.ts).
import { decodePageAnswers, encodePageAnswers } from '@/lib/quiz/page-answers';
import type { Answers } from '@/lib/quiz/answers';
import type { Oordeel } from '@/lib/quiz/types';

export function start(box: HTMLElement): void {
  const d = box.dataset;
  const key = `zelfsturing:stellingen:${d.pagina}`;
  const status = box.querySelector('[role=status]')!;
  const items = box.querySelectorAll<HTMLElement>('li[data-id]');
  let antwoorden: Answers = {};
  // An unusable value that could not be set aside stays, and is never written over.
  let vast = false;

  try {
    const raw = localStorage.getItem(key);
    const stored = raw === null ? {} : decodePageAnswers(raw);
    if (stored) antwoorden = stored;
    else {
      // Set the unusable value aside rather than lose it: the original goes only
      // once the copy reads back, and stays when it cannot be made. Say which.
      const apart = `${key}:apart:${new Date().toISOString()}`;
      try {
        localStorage.setItem(apart, raw!);
      } catch {
        /* full: checked below */
      }
      vast = localStorage.getItem(apart) !== raw;
      if (!vast) localStorage.removeItem(key);
      status.textContent = vast ? d.tVast! : d.tApart!;
    }
  } catch {
    /* storage unavailable: answers last while the page is open */
  }

  const show = (li: HTMLElement) => {
    const gekozen = antwoorden[li.dataset.id!];
    const oordeel = li.dataset.oordeel as Oordeel;
    for (const b of li.querySelectorAll<HTMLElement>('[data-keuze]')) {
      b.setAttribute('aria-pressed', String(b.dataset.keuze === gekozen));
    }
    if (gekozen) li.dataset.gekozen = gekozen;
    else delete li.dataset.gekozen;
    li.querySelector('details')!.open = !!gekozen;
    li.querySelector('[aria-live]')!.textContent = gekozen
      ? `${gekozen === oordeel ? d.tGoed : d.tFout} ${d[oordeel]}`
      : '';
  };
  const save = () => {
    try {
      if (!vast) localStorage.setItem(key, encodePageAnswers(antwoorden));
    } catch {
      /* see above */
    }
    items.forEach(show);
  };

  items.forEach(show);
  box.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const choice = target.closest<HTMLElement>('[data-keuze]');
    if (choice) {
      antwoorden[choice.closest<HTMLElement>('li')!.dataset.id!] = choice.dataset
        .keuze as Answers[string];
      status.textContent = '';
    } else if (target.closest('[data-wis]')) {
      antwoorden = {};
      status.textContent = d.tGewist!;
    } else return;
    save();
  });
}
