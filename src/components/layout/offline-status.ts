// Whether the whole site is on this device: the worker (scripts/sw-offline.js) leaves a
// marker in its caches when "Zet de hele site op dit apparaat" has finished. Read from
// the page without waking the worker; small on purpose, /over/ loads it at once.

/** Where the marker is kept; the same URL as in sw-offline.js (SITE_MARKER). */
export const siteMarkerUrl = (): string =>
  new URL(`${import.meta.env.BASE_URL}sw-site-op-apparaat`, location.href).href;

/** When the whole site was last put on this device (ms since 1970), or null. */
export async function siteOfflineSince(): Promise<number | null> {
  try {
    const marker = await caches.match(siteMarkerUrl());
    const data = marker ? ((await marker.json()) as { when?: unknown }) : null;
    return typeof data?.when === 'number' ? data.when : null;
  } catch {
    return null;
  }
}

/** "De hele site staat sinds 7 december 2026 op dit apparaat." */
export const sinceText = (when: number): string =>
  `De hele site staat sinds ${new Date(when).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })} op dit apparaat.`;
