// The one lazy-import helper of the islands: a part of an island whose code (or data)
// loads when it is needed, not when the island wakes up (the quiz's statements, the
// classroom's builder and presenter, the mindset test's result views, the goal tool's
// steps). One load per part (@/lib/browser/once), a retry after a failure; ../quiz/Loaded.tsx
// shows the quiz's loading note and retry button, the other tools their own. No text here.
import { useEffect, useState } from 'preact/hooks';
import type { Loader } from '@/lib/browser/once';

/** The loaded value, or undefined while it loads or after it failed (then `failed` is true). */
export function useLoaded<T>(
  load: Loader<T>,
  /** False until the part is wanted; loading starts when it turns true. */
  needed = true,
): { value: T | undefined; failed: boolean; retry: () => void } {
  // Loaded before (the builder shown again after a session): there at once, no empty frame.
  const [state, setState] = useState<{ value?: T | undefined; failed: boolean }>({
    value: load.value,
    failed: false,
  });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!needed || state.value !== undefined) return;
    let current = true;
    load().then(
      (value) => current && setState({ value, failed: false }),
      () => current && setState({ failed: true }),
    );
    return () => {
      current = false;
    };
  }, [attempt, needed]);
  return {
    value: state.value,
    failed: state.failed,
    retry: () => {
      setState({ failed: false });
      setAttempt((n) => n + 1);
    },
  };
}
