// Deferred hydration for a part of an island that is there to be read first and used
// later: below the fold, or inside a closed <details>. Hydrating it with the rest of the
// island would put all of its work into the one long task that wakes the island up; this
// boundary keeps the server's markup as it is during hydration and takes it over in a
// task of its own once the page is idle, or at once when the visitor reaches into it
// (pointer, focus, key or click: the capture phase runs before the target's own
// handlers, so that very first event already reaches them).
//
// The part becomes a Preact root of its own inside the container. Taking over uses
// render() on the existing markup rather than hydrate(): it reuses the server's nodes but
// compares their attributes, checked states and texts with what the part renders now, so
// stored state that arrived in the meantime (answers, choices) shows correctly. A part
// that mounts later, in the browser (no server markup), renders at once, before paint.
import { Fragment, h, render, type ComponentChildren, type JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { whenIdle } from '@/lib/browser/idle';

/** Events that mean the visitor is about to use the part. */
const WAKE_EVENTS = ['pointerdown', 'focusin', 'keydown', 'click'] as const;

/** Tells hydration to leave the container's children alone (and later renders too). */
const KEEP = { __html: '' };

interface Props extends Omit<JSX.HTMLAttributes<HTMLDivElement>, 'children' | 'ref'> {
  children: ComponentChildren;
  /**
   * Called with the container just before the part is taken over: the place to save
   * what the visitor did in the server's markup before any script ran (a checked radio).
   */
  onBeforeTakeover?: (container: HTMLElement) => void;
}

export function Uitgesteld({ children, onBeforeTakeover, ...attributes }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const live = useRef(false);
  const latest = useRef({ children, onBeforeTakeover });
  latest.current = { children, onBeforeTakeover };

  // Every render of the island also renders the part, once it is live.
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    // Mounted in the browser: no server markup to keep, so render now, before paint.
    if (!live.current && !element.hasChildNodes()) live.current = true;
    if (live.current) render(h(Fragment, null, children), element);
  });

  useEffect(() => {
    const element = container.current;
    if (!element || live.current) return;
    let done = false;
    const takeOver = () => {
      if (done) return;
      done = true;
      for (const type of WAKE_EVENTS) element.removeEventListener(type, takeOver, true);
      if (!element.isConnected) return;
      latest.current.onBeforeTakeover?.(element);
      live.current = true;
      render(h(Fragment, null, latest.current.children), element);
    };
    for (const type of WAKE_EVENTS) element.addEventListener(type, takeOver, true);
    whenIdle(takeOver);
    return () => {
      done = true;
      for (const type of WAKE_EVENTS) element.removeEventListener(type, takeOver, true);
    };
  }, []);

  // Unmounting the island's side unmounts the part's root too (its effects, its stores).
  useEffect(() => {
    const element = container.current;
    return () => {
      if (live.current && element) render(null, element);
    };
  }, []);

  if (typeof window === 'undefined') {
    return <div {...attributes}>{children}</div>;
  }
  return <div {...attributes} ref={container} dangerouslySetInnerHTML={KEEP} />;
}
