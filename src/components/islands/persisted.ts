// Connects Solid islands to the storage layer in src/lib/storage.ts.
// - Saved state is applied only after mount, so hydration matches the server-rendered default.
// - One SafeStorage for the page, so a failing localStorage degrades to memory with a notice.
// - Changes reach the other islands on the page at once, and other tabs through `storage` events.
// This replaces @solid-primitives/storage's makePersisted, which we used first: it reads storage
// while the island hydrates (solid-primitives issue 501) and pulls solid-js/store into every page,
// which alone broke the lesson page's 12 KB JavaScript budget.
import { createSignal, onCleanup, onMount, type Accessor } from 'solid-js';
import { SafeStorage, keyFor, readSlot, writeSlot, type Problem, type Slot } from '../../lib/storage';

let shared: SafeStorage | undefined;

/** The page's one storage wrapper (created on first use in the browser). */
export function pageStorage(): SafeStorage {
  if (!shared) shared = new SafeStorage(() => (typeof window === 'undefined' ? null : window.localStorage));
  return shared;
}

type Listener = (raw: string | null) => void;
const listeners = new Map<string, Set<Listener>>();
let listening = false;

function subscribe(key: string, listener: Listener) {
  if (!listeners.has(key)) listeners.set(key, new Set());
  listeners.get(key)!.add(listener);
  if (!listening) {
    listening = true;
    window.addEventListener('storage', (ev) => {
      // ev.key is null when another tab cleared all storage.
      for (const [k, set] of listeners)
        if (ev.key === null || ev.key === k) for (const l of set) l(ev.key === null ? null : ev.newValue);
    });
  }
  return () => listeners.get(key)!.delete(listener);
}

/** Tells every island on this page that a key changed (after an import or clear). */
export function announce(key: string, raw: string | null, except?: Listener) {
  for (const l of listeners.get(key) ?? []) if (l !== except) l(raw);
}

/**
 * A persisted signal for a slot: the slot's empty value (what the server rendered) until the
 * island mounts, then the saved value, kept in step with other islands and tabs.
 */
export function usePersisted<T>(slot: Slot<T>): [Accessor<T>, (next: T | ((prev: T) => T)) => void, Accessor<boolean>] {
  const key = keyFor(slot.name);
  const [value, setValue] = createSignal<T>(slot.empty());
  const [mounted, setMounted] = createSignal(false);
  const load: Listener = (raw) => setValue(() => readSlot(pageStorage(), slot, raw).data);
  onMount(() => {
    setValue(() => readSlot(pageStorage(), slot).data);
    setMounted(true);
    onCleanup(subscribe(key, load));
  });
  const set = (next: T | ((prev: T) => T)) => {
    const v = typeof next === 'function' ? (next as (p: T) => T)(value()) : next;
    setValue(() => v);
    const storage = pageStorage();
    writeSlot(storage, slot, v);
    announce(key, storage.getItem(key), load);
  };
  return [value, set, mounted];
}

/** Problems the page's storage has reported, as a signal (for the notice island). */
export function useStorageProblems(): Accessor<Problem[]> {
  const [problems, setProblems] = createSignal<Problem[]>([]);
  onMount(() => {
    const storage = pageStorage();
    setProblems([...storage.problems]);
    onCleanup(storage.onProblem(() => setProblems([...storage.problems])));
  });
  return problems;
}
