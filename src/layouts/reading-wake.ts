// The one loader of a reading page (chapters, practice pages), which has no islands. It
// only listens, and fetches ./reading-parts.ts on first use, so the page ships almost no
// JavaScript before interaction (budget 3 kB, npm run size):
// - the first selection, click or scroll (copying a heading's "#" link; highlights,
//   notes and the reading place), or at once when this browser keeps highlights or a
//   reading place for the page;
// - "Waarheid of misvatting?" (<stelling-quiz>, defined here so its buttons show): at
//   once when this browser keeps answers for the page, else on the first touch, key or
//   focus inside the block; a click that comes before the code is there is replayed.
// docs/ARCHITECTURE.md ("Waking") describes it; islands use client:ready instead.
let parts: Promise<typeof import('./reading-parts')> | undefined;
const load = () => (parts ??= import('./reading-parts'));
const on = (target: EventTarget, type: string, listener: (event: Event) => void) =>
  target.addEventListener(type, listener, { passive: true });
const kept = (key: string) => {
  try {
    return localStorage.getItem(key) ?? '';
  } catch {
    return ''; // storage blocked: nothing kept to show
  }
};

const go = (event?: Event) => {
  if (event?.type !== 'selectionchange' || !getSelection()?.isCollapsed) load().then((m) => m.wake(event));
};
const page = `"${document.querySelector<HTMLElement>('[data-annotations-page]')?.dataset.annotationsPage}"`;
if ((kept('zelfsturing:aantekeningen') + kept('zelfsturing:leesplek')).includes(page)) go();
for (const type of ['selectionchange', 'click', 'scroll']) on(document, type, go);

customElements.define(
  'stelling-quiz',
  class extends HTMLElement {
    connectedCallback() {
      let held: HTMLElement[] | undefined = [];
      const wake = () =>
        load().then((m) => {
          if (!held) return;
          const clicks = held;
          held = undefined;
          m.startQuiz(this);
          for (const button of clicks) button.click();
        });
      if (kept(`zelfsturing:stellingen:${this.dataset.pagina}`)) wake();
      for (const type of ['pointerdown', 'focusin', 'keydown']) on(this, type, wake);
      on(this, 'click', (event) => {
        const button = (event.target as Element).closest('button');
        if (held && button) held.push(button), wake();
      });
    }
  },
);
