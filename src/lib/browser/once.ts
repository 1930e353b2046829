// Loading a part of an island on demand (a dynamic import, the statement bank): one
// load however often it is asked for, and a fresh attempt after a failure.

/** A loader that loads once; `waarde` holds what it loaded, once it has. */
export interface Loader<T> {
  (): Promise<T>;
  waarde?: T;
}

/** Wraps a loader so it runs once; after a failure the next call tries again. */
export function once<T>(load: () => Promise<T>): Loader<T> {
  let bezig: Promise<T> | undefined;
  const loader: Loader<T> = () =>
    (bezig ??= load().then(
      (waarde) => (loader.waarde = waarde),
      (fout: unknown) => {
        bezig = undefined;
        throw fout;
      },
    ));
  return loader;
}
