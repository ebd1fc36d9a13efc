// Connects Solid islands to the storage layer in src/lib/storage.ts.
// makePersisted (from @solid-primitives/storage) does the reading, writing and syncing; this file
// adds what the site needs around it:
// - saved state is applied only after mount, so hydration matches the server-rendered default
//   (see solid-primitives issue 501);
// - one SafeStorage for the page, so a failing localStorage degrades to memory with a notice;
// - a sync channel that updates other islands on the same page and other tabs of the site.
import { createSignal, onMount, type Accessor } from 'solid-js';
import { makePersisted, type PersistenceSyncAPI, type PersistenceSyncCallback } from '@solid-primitives/storage';
import { SafeStorage, encode, keyFor, readSlot, type Problem, type Slot } from '../../lib/storage';

let shared: SafeStorage | undefined;

/** The page's one storage wrapper (created on first use in the browser). */
export function pageStorage(): SafeStorage {
  if (!shared) shared = new SafeStorage(() => (typeof window === 'undefined' ? null : window.localStorage));
  return shared;
}

const subscribers = new Set<PersistenceSyncCallback>();
let listening = false;

/** Storage events from other tabs, plus writes from islands on this page. */
const siteSync: PersistenceSyncAPI = [
  (subscriber) => {
    subscribers.add(subscriber);
    if (!listening && typeof window !== 'undefined') {
      listening = true;
      window.addEventListener('storage', (ev) => {
        if (ev.key === null) {
          // Another tab cleared all storage.
          for (const s of subscribers) s({ key: '*', newValue: null, timeStamp: ev.timeStamp });
          return;
        }
        for (const s of subscribers) s({ key: ev.key, newValue: ev.newValue, timeStamp: ev.timeStamp });
      });
    }
  },
  (key, newValue) => {
    for (const s of subscribers) s({ key, newValue, timeStamp: Date.now() });
  },
];

/** Tells every island on this page that a key changed outside makePersisted (import, clear). */
export function announce(key: string, newValue: string | null) {
  siteSync[1](key, newValue);
}

/**
 * A persisted signal for a slot. Until the island has mounted it returns the slot's empty value,
 * exactly what the server rendered; then the saved value.
 */
export function usePersisted<T>(slot: Slot<T>): [Accessor<T>, (next: T | ((prev: T) => T)) => void, Accessor<boolean>] {
  const storage = pageStorage();
  const name = keyFor(slot.name);
  const [value, setValue] = makePersisted(createSignal<T>(slot.empty()), {
    name,
    storage: {
      getItem: (k: string) => storage.getItem(k),
      setItem: (k: string, v: string) => void storage.setItem(k, v),
      removeItem: (k: string) => storage.removeItem(k),
    },
    serialize: (data: T) => encode(slot, data),
    deserialize: (raw: string) => readSlot(storage, slot, raw).data,
    sync: [
      (cb) => siteSync[0]((d) => cb(d.key === '*' ? { ...d, key: name } : d)),
      siteSync[1],
    ],
  });
  const [mounted, setMounted] = createSignal(false);
  onMount(() => setMounted(true));
  const get = () => (mounted() ? value() : slot.empty());
  const set = (next: T | ((prev: T) => T)) => {
    setValue((prev: T) => (typeof next === 'function' ? (next as (p: T) => T)(prev) : next));
  };
  return [get, set, mounted];
}

/** Problems the page's storage has reported, as a signal (for the notice island). */
export function useStorageProblems(): Accessor<Problem[]> {
  const [problems, setProblems] = createSignal<Problem[]>([]);
  onMount(() => {
    const storage = pageStorage();
    setProblems([...storage.problems]);
    storage.onProblem(() => setProblems([...storage.problems]));
  });
  return problems;
}
