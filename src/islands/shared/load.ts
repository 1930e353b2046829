// The one lazy-import helper of the islands: a part of an island whose code (or data)
// loads when it is needed, not when the island wakes up (the quiz's statements, the
// classroom's builder and presenter, the mindset test's result views, the goal tool's
// steps). One load per part (@/lib/browser/eenmalig), a retry after a failure; ../quiz/Loaded.tsx
// shows the quiz's loading note and retry button, the other tools their own. No text here.
import { useEffect, useState } from 'preact/hooks';
import type { Lader } from '@/lib/browser/eenmalig';

/** The loaded value, or undefined while it loads or after it failed (then `fout` is true). */
export function useLoaded<T>(
  laad: Lader<T>,
  /** False until the part is wanted; loading starts when it turns true. */
  nodig = true,
): { waarde: T | undefined; fout: boolean; opnieuw: () => void } {
  // Loaded before (the builder shown again after a session): there at once, no empty frame.
  const [staat, setStaat] = useState<{ waarde?: T | undefined; fout: boolean }>({
    waarde: laad.waarde,
    fout: false,
  });
  const [poging, setPoging] = useState(0);
  useEffect(() => {
    if (!nodig || staat.waarde !== undefined) return;
    let actueel = true;
    laad().then(
      (waarde) => actueel && setStaat({ waarde, fout: false }),
      () => actueel && setStaat({ fout: true }),
    );
    return () => {
      actueel = false;
    };
  }, [poging, nodig]);
  return {
    waarde: staat.waarde,
    fout: staat.fout,
    opnieuw: () => {
      setStaat({ fout: false });
      setPoging((n) => n + 1);
    },
  };
}
