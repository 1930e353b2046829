// The island shell's hydrated flag: false in the server's render and in the first render
// in the browser (so hydration matches the server's markup), true right after.
// Anything that exists only in the browser (stored state, the page's link) shows once
// it is true.
import { useEffect, useState } from 'preact/hooks';

export function useHydrated(): boolean {
  const [klaar, setKlaar] = useState(false);
  useEffect(() => setKlaar(true), []);
  return klaar;
}
