// Work that may wait until the page has nothing better to do: after loading and
// hydrating, between a visitor's actions. Browsers without requestIdleCallback
// (Safari) get a short timeout instead.

/** Runs `task` once the main thread is idle, and after `timeout` ms at the latest. */
export function whenIdle(task: () => void, timeout = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout });
  else setTimeout(task, 50);
}
