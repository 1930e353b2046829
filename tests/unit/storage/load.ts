// Loads the persisted-store modules afresh against a given storage, the way a page
// load does: src/stores/persisted.ts probes localStorage once, when it is imported.
import { vi } from 'vitest';
import { FakeStorage } from './fake-storage';

export interface Loaded<M> {
  storage: FakeStorage;
  persisted: typeof import('@/stores/persisted');
  module: M;
}

/**
 * Stubs `window` and `localStorage` (a FakeStorage, or one whose every access throws
 * when `blocked`), then imports the modules fresh, so stores read storage as on a
 * page load.
 */
export async function loadWith<M = unknown>(
  storage: FakeStorage,
  importer?: () => Promise<M>,
  { inBrowser = true }: { inBrowser?: boolean } = {},
): Promise<Loaded<M>> {
  vi.resetModules();
  vi.unstubAllGlobals();
  if (inBrowser) vi.stubGlobal('window', new EventTarget());
  if (storage.blocked) {
    // As in a browser that blocks storage: even reading the property throws.
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  } else {
    vi.stubGlobal('localStorage', storage);
  }
  const persisted = await import('@/stores/persisted');
  current = persisted;
  const module = importer ? await importer() : (undefined as M);
  return { storage, persisted, module };
}

let current: typeof import('@/stores/persisted') | undefined;

/** Waits for the repairs the last loaded stores started (copying values aside). */
export async function settle(): Promise<void> {
  await current?.storageSettled();
}

/** Undoes loadWith's stubs. */
export function unload(): void {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(globalThis, 'localStorage');
  vi.resetModules();
}
