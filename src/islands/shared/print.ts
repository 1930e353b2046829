// The island shell's print view: a tool's print view (a result, a doelkaart) is a class
// on <html> while it is open; the tool's CSS then hides the rest of the page. (The
// classroom prints parts of its own page instead: ../quiz/print-part.ts.)
import { useEffect } from 'preact/hooks';

/** Keeps `klasse` on <html> while `open` is true (the tool's print view). */
export function usePrintView(klasse: string, open: boolean): void {
  useEffect(() => {
    document.documentElement.classList.toggle(klasse, open);
    return () => document.documentElement.classList.remove(klasse);
  }, [klasse, open]);
}
