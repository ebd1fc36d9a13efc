// The other versions of a persisted slot's fields (src/lib/storage/versions.ts), for the editors
// whose text fields keep one when two tabs change them at once: read them, count them, and settle
// one (use it or discard it), saving at once. Apart from persisted.ts so pages without such fields
// (the lessons) do not load it.
import { discardVersion, useVersion, versionCount, versionsAt } from '../lib/storage/versions';
import type { Persisted } from './persisted';

export interface Versions<T> {
  /** The other versions of a field (by its path). */
  others: (path: string) => string[];
  /** How many fields hold another version. */
  count: () => number;
  /**
   * Settles one other version of a field and saves at once: with `apply`, the text is put in the
   * field first ("Use this version"); without, it is dropped ("Discard it").
   */
  resolve: (path: string, text: string, apply?: (prev: T, text: string) => T) => void;
}

export function createVersions<T>(store: Persisted<T>): Versions<T> {
  return {
    others: (path) => versionsAt(store.value(), path),
    count: () => versionCount(store.value()),
    resolve: (path, text, apply) => {
      store.set((prev) => (apply ? useVersion(prev, path, text, apply) : discardVersion(prev, path, text)));
      store.flush();
    },
  };
}
