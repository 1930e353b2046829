// The whole site on this device, on request: "Zet de hele site op dit apparaat" on
// /over/, and the classroom builder preparing a class. The service worker does the work
// (scripts/sw-offline.js, message CACHE_SITE); this module asks it and reports back.
// Never under Save-Data: a visitor who asked to save data gets a message instead.

/** How far storing the site is: files done of all files. */
export interface OfflineProgress {
  done: number;
  total: number;
}

export type OfflineResult =
  | { ok: true; files: number; bytes: number; message: string }
  | { ok: false; reason: 'save-data' | 'unsupported' | 'failed'; message: string };

/** Dutch messages, one place. */
export const offlineStrings = {
  knop: 'Zet de hele site op dit apparaat',
  klasUitleg:
    'Geen goed internet in het lokaal? Zet de hele site vooraf op dit apparaat. Dan werken de presentatie en de hand-outs ook zonder verbinding.',
  klaar: (files: number, bytes: number) =>
    `De hele site staat op dit apparaat (${files} bestanden, ${Math.round(bytes / 1024)} kB). Hij werkt nu ook zonder internet.`,
  begonnen: 'Bezig met ophalen…',
  bezig: (p: OfflineProgress) => `Bezig: ${p.done} van ${p.total} bestanden…`,
  saveData:
    'Je browser vraagt om data te besparen, daarom zetten we de site niet op dit apparaat. Zet databesparing uit en probeer het opnieuw.',
  kanNiet:
    'Deze browser kan de site niet zonder internet bewaren (bijvoorbeeld in een privévenster). Lezen kan gewoon online.',
  mislukt:
    'Niet alles kon worden opgehaald. Controleer je internetverbinding en probeer het opnieuw.',
} as const;

/** True when the visitor's browser asks to save data (Save-Data). */
export function saveDataOn(): boolean {
  return Boolean(
    (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData,
  );
}

/** The active worker; waits a little for one that is still installing (a first visit). */
async function activeWorker(): Promise<ServiceWorker | null> {
  if (!('serviceWorker' in navigator)) return null;
  const registration = await navigator.serviceWorker.getRegistration(import.meta.env.BASE_URL);
  if (!registration) return null;
  if (registration.active) return registration.active;
  const ready = await Promise.race([
    navigator.serviceWorker.ready,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 15_000)),
  ]);
  return ready?.active ?? null;
}

/** Sends `message` to the worker; `onMessage` sees every reply until it returns true. */
function ask(
  worker: ServiceWorker,
  message: object,
  onMessage: (data: Record<string, unknown>) => boolean,
): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = (event) => {
    if (onMessage(event.data ?? {})) channel.port1.close();
  };
  worker.postMessage(message, [channel.port2]);
}

/**
 * Puts the whole site on this device (every page, the search index, the classroom mode)
 * and resolves when done, with a Dutch message to show. For the classroom builder
 * ("Lesgeven zonder internet") as well as /over/.
 */
export async function saveSiteForOffline(
  onProgress?: (progress: OfflineProgress) => void,
): Promise<OfflineResult> {
  if (saveDataOn()) return { ok: false, reason: 'save-data', message: offlineStrings.saveData };
  const worker = await activeWorker().catch(() => null);
  if (!worker) return { ok: false, reason: 'unsupported', message: offlineStrings.kanNiet };
  return new Promise((resolve) => {
    ask(worker, { type: 'CACHE_SITE' }, (data) => {
      if (data.type === 'CACHE_SITE_PROGRESS') {
        onProgress?.({ done: Number(data.done), total: Number(data.total) });
        return false;
      }
      if (data.type !== 'CACHE_SITE_DONE') return false;
      if (data.ok) {
        resolve({
          ok: true,
          files: Number(data.files),
          bytes: Number(data.bytes),
          message: offlineStrings.klaar(Number(data.files), Number(data.bytes)),
        });
      } else if (data.reason === 'save-data') {
        resolve({ ok: false, reason: 'save-data', message: offlineStrings.saveData });
      } else {
        resolve({ ok: false, reason: 'failed', message: offlineStrings.mislukt });
      }
      return true;
    });
  });
}

export { siteOfflineSince } from './offline-status';
