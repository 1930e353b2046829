// Work that may wait until the page has nothing better to do: after loading and
// hydrating, between a visitor's actions. Browsers without requestIdleCallback
// (Safari) get a short timeout instead.

/**
 * Runs `task` once the main thread is idle, and after `timeout` ms at the latest.
 * Returns a function that cancels it (for a component that unmounts first).
 */
export function whenIdle(task: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => task(), { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
}
