// The page's one SafeStorage (src/lib/storage/store.ts), in a module of its own with no Solid in it,
// so the islands (through persisted.ts) and the lesson and home pages' progress script
// (progress-store.ts) share it: the problems one of them meets (a value set aside, a newer
// version, a full storage) are the same list for all, and every notice tells what really happened.
import { SafeStorage } from '../lib/storage/store';

let shared: SafeStorage | undefined;

/** The page's one storage wrapper (created on first use in the browser). */
export function pageStorage(): SafeStorage {
  if (!shared) shared = new SafeStorage(() => (typeof window === 'undefined' ? null : window.localStorage));
  return shared;
}
