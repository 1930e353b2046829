// Deferred hydration for a part of an island that is there to be read first and used
// later: below the fold, or further down a long form. Hydrating it with the rest of the
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
//
// A part whose code loads separately passes `laad` and no children until that code is
// there. It is wanted when it comes near the screen (or is touched), not when the page is
// idle; the server's markup stays until the code is there, and a failed load is tried
// again at the next touch.
import { Fragment, h, render, type ComponentChildren, type JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { whenIdle } from '@/lib/browser/idle';

/** Events that mean the visitor is about to use the part. */
const WAKE_EVENTS = ['pointerdown', 'focusin', 'keydown', 'click'] as const;

/** Tells hydration to leave the container's children alone (and later renders too). */
const KEEP = { __html: '' };

interface Props extends Omit<JSX.HTMLAttributes<HTMLDivElement>, 'children' | 'ref'> {
  /** The part; null or undefined while its code is still loading (see `laad`). */
  children?: ComponentChildren;
  /** Loads the part's code; called when the part is wanted, and again after a failure. */
  laad?: () => Promise<unknown>;
  /**
   * Called with the container just before the part is taken over: the place to save
   * what the visitor did in the server's markup before any script ran (a checked radio).
   */
  onBeforeTakeover?: (container: HTMLElement) => void;
}

export function Uitgesteld({ children, laad, onBeforeTakeover, ...attributes }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const live = useRef(false);
  const wanted = useRef(false);
  const observer = useRef<IntersectionObserver>();
  const latest = useRef({ children, laad, onBeforeTakeover });
  latest.current = { children, laad, onBeforeTakeover };
  const ready = children !== null && children !== undefined;

  // Made once: the wake listeners must be removed with the same function they were added with.
  const { want, takeOver } = useMemo(() => {
    /** Takes the server's markup over, once the part is wanted and its code is there. */
    function takeOver(element: HTMLElement): void {
      const part = latest.current.children;
      if (live.current || !wanted.current || part === null || part === undefined) return;
      if (!element.isConnected) return;
      for (const type of WAKE_EVENTS) element.removeEventListener(type, want, true);
      observer.current?.disconnect();
      latest.current.onBeforeTakeover?.(element);
      // Markup the page rendered into the island (an Astro slot) comes wrapped in an
      // <astro-slot>: unwrap it, so the part can reuse its nodes, and keep the focus.
      const focus = element.contains(document.activeElement) ? document.activeElement : null;
      const slot = element.firstElementChild;
      if (slot?.localName === 'astro-slot' && element.childNodes.length === 1) {
        slot.replaceWith(...slot.childNodes);
      }
      live.current = true;
      render(h(Fragment, null, part), element);
      if (focus instanceof HTMLElement && focus !== document.activeElement && focus.isConnected) {
        focus.focus();
      }
    }
    function want(): void {
      const element = container.current;
      if (!element || live.current) return;
      wanted.current = true;
      latest.current.laad?.().catch(() => {
        /* the server's markup stays; the next touch tries again */
      });
      takeOver(element);
    }
    return { want, takeOver };
  }, []);

  // Every render of the island also renders the part once it is live, or takes it over
  // when it was wanted while its code was still loading.
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    // Mounted in the browser: no server markup to keep, so render now, before paint.
    if (!live.current && ready && !element.hasChildNodes()) live.current = true;
    if (live.current) render(h(Fragment, null, children), element);
    else takeOver(element);
  });

  useEffect(() => {
    const element = container.current;
    if (!element || live.current) return;
    for (const type of WAKE_EVENTS) element.addEventListener(type, want, true);
    // A part with code of its own loads it when it comes near the screen, not before:
    // a visitor who never scrolls there never downloads it. The others wake when idle.
    if (latest.current.laad && typeof IntersectionObserver === 'function') {
      observer.current = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) want();
        },
        { rootMargin: '50% 0px' },
      );
      observer.current.observe(element);
    }
    const cancelIdle = observer.current ? undefined : whenIdle(want);
    return () => {
      cancelIdle?.();
      observer.current?.disconnect();
      for (const type of WAKE_EVENTS) element.removeEventListener(type, want, true);
    };
  }, []);

  // Unmounting the island's side unmounts the part's root too (its effects, its stores).
  useEffect(() => {
    const element = container.current;
    return () => {
      if (live.current && element) render(null, element);
      live.current = false;
      wanted.current = false;
    };
  }, []);

  if (typeof window === 'undefined') {
    return <div {...attributes}>{children}</div>;
  }
  return <div {...attributes} ref={container} dangerouslySetInnerHTML={KEEP} />;
}
