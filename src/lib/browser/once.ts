// Loading a part of an island on demand (a dynamic import, the statement bank): one
// load however often it is asked for, and a fresh attempt after a failure.

/** A loader that loads once; `value` holds what it loaded, once it has. */
export interface Loader<T> {
  (): Promise<T>;
  value?: T;
}

/** Wraps a loader so it runs once; after a failure the next call tries again. */
export function once<T>(load: () => Promise<T>): Loader<T> {
  let pending: Promise<T> | undefined;
  const loader: Loader<T> = () =>
    (pending ??= load().then(
      (value) => (loader.value = value),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return loader;
}
