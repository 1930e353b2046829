// Follows where the reader is: the last section heading that scrolled past the top
// third of the screen becomes the page's reading place ("Verder lezen bij § 5.4").
import { $readingPlaces, setRead, setReadingPlace } from '@/stores/annotations';
import { sectionLabel } from '@/lib/annotations/model';

let following = false;

/** The section's label as shown: "§ 5.4", or the heading's own words on a practice page. */
export function labelOf(heading: HTMLElement): string {
  return sectionLabel(heading.id) ?? (heading.textContent ?? '').trim().slice(0, 200);
}

export function follow(root: Element, pagina: string): void {
  if (following) return;
  following = true;
  const headings = [...root.querySelectorAll<HTMLElement>('h2[id]')].filter((h) =>
    h.querySelector('.annotations-control'),
  );
  if (headings.length === 0) return;
  let frame = 0;
  const update = () => {
    frame = 0;
    const line = innerHeight / 3;
    let current: HTMLElement | undefined;
    for (const h of headings) {
      if (h.getBoundingClientRect().top <= line) current = h;
      else break;
    }
    if (current) setReadingPlace(pagina, current.id, labelOf(current));
  };
  // One measurement per frame at most, only while headings cross the screen.
  const observer = new IntersectionObserver(
    () => {
      if (!frame) frame = requestAnimationFrame(update);
    },
    { rootMargin: '0px 0px -66% 0px' },
  );
  for (const h of headings) observer.observe(h);
}

/** "Markeer als gelezen": toggles the page's read mark (the button shows it pressed). */
export function toggleRead(button: HTMLElement, pagina: string): void {
  const now = !$readingPlaces.get()[pagina]?.gelezen;
  setRead(pagina, now);
  button.setAttribute('aria-pressed', String(now));
}
