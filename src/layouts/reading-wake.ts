// The one loader of a reading page (chapters, practice pages), which has no islands. It
// only listens, and fetches ./reading-parts.ts on first use, so the page ships almost no
// JavaScript before interaction (budget 3 kB, npm run size):
// - the first selection, click or scroll (copying a heading's "#" link; highlights,
//   notes and the reading place), or at once when this browser keeps highlights or a
//   reading place for the page;
// - "Waarheid of misvatting?" (<stelling-quiz>, defined here so its buttons show): at
//   once when this browser keeps answers for the page, else on the first touch, focus or
//   click inside the block; a click that comes before the code is there is replayed.
// docs/ARCHITECTURE.md ("Waking") describes it; islands use client:ready instead.
let parts: Promise<typeof import('./reading-parts')> | undefined;
const load = () => (parts ??= import('./reading-parts'));
let storage: Storage | undefined;
try {
  storage = localStorage;
} catch {
  /* storage blocked: nothing kept to show */
}

const go = (event?: Event) => {
  if (event?.type !== 'selectionchange' || !getSelection()?.isCollapsed)
    load().then((m) => m.wake(event));
};
// Stored highlights and reading places name their page by its path without the base.
const page = `"${location.pathname.slice(import.meta.env.BASE_URL.length)}"`;
if (
  `${storage?.getItem('zelfsturing:aantekeningen')}${storage?.getItem('zelfsturing:leesplek')}`.includes(
    page,
  )
)
  go();
for (const type of ['selectionchange', 'click', 'scroll']) document.addEventListener(type, go);

customElements.define(
  'stelling-quiz',
  class extends HTMLElement {
    connectedCallback() {
      let held: HTMLElement[] | undefined = [];
      const wake = (event?: Event) => {
        const button = event?.type === 'click' && (event.target as Element).closest('button');
        if (held && button) held.push(button);
        load().then((m) => {
          const clicks = held;
          held = undefined;
          if (clicks) m.startQuiz(this);
          for (const b of clicks ?? []) b.click();
        });
      };
      if (storage?.getItem(`zelfsturing:stellingen:${this.dataset.pagina}`)) wake();
      for (const type of ['pointerdown', 'focusin', 'click']) this.addEventListener(type, wake);
    }
  },
);
