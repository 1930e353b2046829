// Registers the generated service worker (scripts/sw.mjs) once the page has loaded,
// so it never competes with the page itself, and offers a reload when a new version
// of the site has been installed and is waiting. The worker is built into dist/sw.js
// only; in `astro dev` there is none, so nothing is registered.
const base = import.meta.env.BASE_URL;

/** Shows the prompt ("Er is een nieuwe versie. Vernieuwen", in ServiceWorker.astro). */
function offerUpdate(worker: ServiceWorker): void {
  const prompt = document.querySelector<HTMLElement>('[data-sw-update]');
  if (!prompt) return;
  prompt.querySelector('button')!.onclick = () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
    // Workbox's generated worker activates on this message (skipWaiting is off).
    worker.postMessage({ type: 'SKIP_WAITING' });
  };
  prompt.hidden = false;
  // Placed at the bottom of the screen by the global stylesheet ([data-sw-update]).
  prompt.showPopover?.();
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  addEventListener('load', () => {
    navigator.serviceWorker
      .register(`${base}sw.js`, { scope: base })
      .then((registration) => {
        // Only an update needs a prompt; the first install simply starts caching.
        const waiting = (worker: ServiceWorker | null) => {
          if (worker && navigator.serviceWorker.controller) offerUpdate(worker);
        };
        waiting(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          worker?.addEventListener('statechange', () => {
            if (worker.state === 'installed') waiting(worker);
          });
        });
      })
      .catch(() => {
        /* no offline copy (private mode, blocked workers): the site works as before */
      });
  });
}
