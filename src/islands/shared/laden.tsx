// The one lazy-import helper of the islands: a part of an island whose code (or data)
// loads when it is needed, not when the island wakes up (the quiz's statements, the
// classroom's builder and presenter, the mindset test's result views, the goal tool's
// steps). One load per part (@/lib/browser/eenmalig), a retry after a failure; Geladen
// shows the quiz's loading note and retry button, the other tools show their own.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lader } from '@/lib/browser/eenmalig';
import { ladenTeksten as t } from '@/strings/quiz';

/** The loaded value, or undefined while it loads or after it failed (then `fout` is true). */
export function useGeladen<T>(
  laad: Lader<T>,
  /** False until the part is wanted; loading starts when it turns true. */
  nodig = true,
): { waarde: T | undefined; fout: boolean; opnieuw: () => void } {
  // Loaded before (the builder shown again after a session): there at once, no empty frame.
  const [staat, setStaat] = useState<{ waarde?: T | undefined; fout: boolean }>({ waarde: laad.waarde, fout: false });
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

/**
 * What shows in place of a part that is not there yet: nothing for the first half
 * second (a quick load should not flash a message), then a note that it is loading;
 * after a failure, the message with a retry button.
 */
export function Laden({ fout, opnieuw }: { fout: boolean; opnieuw: () => void }) {
  const [traag, setTraag] = useState(false);
  const knop = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const timer = setTimeout(() => setTraag(true), 500);
    return () => clearTimeout(timer);
  }, []);
  // When the control that asked for this part went away (the start button), focus would
  // be lost on the page: the retry button takes it.
  useEffect(() => {
    if (fout && (document.activeElement === null || document.activeElement === document.body)) knop.current?.focus();
  }, [fout]);
  if (fout) {
    return (
      <div class="quiz-melding quiz-laadfout" role="alert">
        <p>{t.laadFout}</p>
        <button ref={knop} type="button" class="button" onClick={opnieuw}>
          {t.opnieuwLaden}
        </button>
      </div>
    );
  }
  return (
    <p class="quiz-laden" role="status">
      {traag ? t.laden : ''}
    </p>
  );
}

/** Renders `kinderen` with the loaded value, and Laden until it is there. */
export function Geladen<T>({ laad, kinderen }: { laad: Lader<T>; kinderen: (waarde: T) => ComponentChildren }) {
  const { waarde, fout, opnieuw } = useGeladen(laad);
  return waarde === undefined ? <Laden fout={fout} opnieuw={opnieuw} /> : <>{kinderen(waarde)}</>;
}
