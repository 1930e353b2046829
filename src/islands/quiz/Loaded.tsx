// The quiz pages' view of a part that loads on demand (./shared/load): a loading
// note after half a second, a Dutch message with a retry button after a failure.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Loader } from '@/lib/browser/once';
import { loadStrings as t } from '@/strings/quiz';
import { useLoaded } from '../shared/load';

/**
 * What shows in place of a part that is not there yet: nothing for the first half
 * second (a quick load should not flash a message), then a note that it is loading;
 * after a failure, the message with a retry button.
 */
export function Loading({ fout, opnieuw }: { fout: boolean; opnieuw: () => void }) {
  const [traag, setTraag] = useState(false);
  const knop = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const timer = setTimeout(() => setTraag(true), 500);
    return () => clearTimeout(timer);
  }, []);
  // When the control that asked for this part went away (the start button), focus would
  // be lost on the page: the retry button takes it.
  useEffect(() => {
    if (fout && (document.activeElement === null || document.activeElement === document.body))
      knop.current?.focus();
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

/** Renders `render` with the loaded value, and Loading until it is there. */
export function Loaded<T>({
  load,
  render,
}: {
  load: Loader<T>;
  render: (value: T) => ComponentChildren;
}) {
  const { value, failed, retry } = useLoaded(load);
  return value === undefined ? <Loading fout={failed} opnieuw={retry} /> : <>{render(value)}</>;
}
