// Connects Solid islands to the storage layer in src/lib/storage/ (store.ts): `createPersisted` is
// the one way an island reads and saves its slot.
// - Saved state is applied only after mount, so hydration matches the server-rendered default.
// - One SafeStorage for the page, so a failing localStorage degrades to memory with a notice.
// - Saves merge: each save re-reads storage and applies only what this island changed, so two tabs
//   keep both edits; a value another tab changes arrives through `storage` events and is merged
//   with what is on screen (what this tab is editing stays, and the conflict is told).
// - An optional delay (the worksheet's typing) batches saves; leaving the page saves at once: on
//   pagehide, when the tab is hidden (a phone may drop a background tab without a pagehide), and
//   when the update note is about to reload (FLUSH_EVENT).
// This replaces @solid-primitives/storage's makePersisted, which we used first: it reads storage
// while the island hydrates (solid-primitives issue 501) and pulls solid-js/store into every page,
// which alone broke the lesson page's 12 KB JavaScript budget.
import { createSignal, onCleanup, onMount, type Accessor } from 'solid-js';
import { mergeJson, sameJson } from '../lib/storage/merge';
import { NAMESPACE, keyFor, readSlot, saveSlot, type Problem, type SaveState, type Slot } from '../lib/storage/store';
import { pageStorage } from './page-storage';

export { pageStorage };

/** Asks every island on the page to save what it holds now (the update note sends it before reloading). */
export const FLUSH_EVENT = 'managing-up:flush';

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

export interface PersistedOptions {
  /** Milliseconds to wait after the last change before saving (typing); 0 saves at once. */
  delay?: number;
}

export interface Persisted<T> {
  value: Accessor<T>;
  /** Changes the value on screen and saves it (after the delay). */
  set: (next: T | ((prev: T) => T)) => void;
  /** Saves a pending change now (before print, download or leaving). */
  flush: () => void;
  mounted: Accessor<boolean>;
  saveState: Accessor<SaveState>;
  /** When the last save reached storage. */
  savedAt: Accessor<Date | null>;
  /** Fields another tab changed while this one held its own edit there (this tab's value kept). */
  conflicts: Accessor<string[]>;
}

/**
 * A persisted value for a slot: the slot's empty value (what the server rendered) until the island
 * mounts, then the saved value, kept in step with other islands and tabs by merging.
 */
export function createPersisted<T>(slot: Slot<T>, options: PersistedOptions = {}): Persisted<T> {
  const key = keyFor(slot.name);
  const delay = options.delay ?? 0;
  const [value, setValue] = createSignal<T>(slot.empty());
  const [mounted, setMounted] = createSignal(false);
  const [saveState, setSaveState] = createSignal<SaveState>('idle');
  const [savedAt, setSavedAt] = createSignal<Date | null>(null);
  const [conflicts, setConflicts] = createSignal<string[]>([]);
  // What this island last read from or wrote to storage: its changes are measured against it.
  let base: T = slot.empty();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;

  // This tab's last saved change, until storage is seen to hold it. Browsers sync localStorage
  // between tabs with a delay, so another tab may save over it without having seen it.
  let mine: { before: T; after: T } | null = null;
  const mergeOf = (b: T, l: T, st: T) => (slot.merge ? slot.merge(b, l, st) : mergeJson<T>(b, l, st));

  // A storage event can arrive after this tab has written again, so its newValue may be stale:
  // read what is stored now instead.
  const load: Listener = () => {
    const storage = pageStorage();
    const read = readSlot(storage, slot);
    let incoming = read.data;
    if (mine && !read.readOnly) {
      const again = mergeOf(mine.before, mine.after, incoming).value;
      if (!sameJson(again, incoming)) incoming = saveSlot(storage, slot, incoming, again).value;
      mine = null;
    }
    if (pending) {
      const merged = mergeOf(base, value(), incoming);
      if (merged.conflicts.length) setConflicts(merged.conflicts);
      setValue(() => merged.value);
    } else setValue(() => incoming);
    base = incoming;
    if (read.readOnly) setSaveState('read-only');
    else if (saveState() === 'read-only') setSaveState('idle');
  };

  const flush = () => {
    if (!pending) return;
    clearTimeout(timer);
    pending = false;
    const storage = pageStorage();
    const change = { before: base, after: value() };
    const result = saveSlot(storage, slot, base, value());
    if (result.readOnly) return setSaveState('read-only');
    if (result.written) mine = change;
    if (result.conflicts.length) setConflicts(result.conflicts);
    base = result.value;
    // A save that stored what is shown changes nothing on screen: keeping the same value keeps
    // every row rendered from it, so an element under a reader's pointer or focus isn't replaced.
    if (!sameJson(result.value, value())) setValue(() => result.value);
    setSaveState(result.written ? 'saved' : 'memory');
    if (result.written) setSavedAt(new Date());
    announce(key, storage.getItem(key), load);
  };

  onMount(() => {
    const read = readSlot(pageStorage(), slot);
    base = read.data;
    setValue(() => read.data);
    if (read.readOnly) setSaveState('read-only');
    setMounted(true);
    onCleanup(subscribe(key, load));
    const hidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    window.addEventListener(FLUSH_EVENT, flush);
    document.addEventListener('visibilitychange', hidden);
    onCleanup(() => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener(FLUSH_EVENT, flush);
      document.removeEventListener('visibilitychange', hidden);
    });
  });

  const set = (next: T | ((prev: T) => T)) => {
    const v = typeof next === 'function' ? (next as (p: T) => T)(value()) : next;
    setValue(() => v);
    pending = true;
    setConflicts([]);
    clearTimeout(timer);
    if (delay > 0) {
      if (saveState() !== 'read-only') setSaveState('pending');
      timer = setTimeout(flush, delay);
    } else flush();
  };

  return { value, set, flush, mounted, saveState, savedAt, conflicts };
}

/**
 * Calls `refresh` when another tab changes anything the site saved, and when the page comes back
 * from the back/forward cache (it may be stale then).
 */
export function createStoredChange(refresh: () => void) {
  onMount(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === null || e.key.startsWith(`${NAMESPACE}:`)) refresh();
    };
    const onShow = (e: PageTransitionEvent) => {
      if (e.persisted) refresh();
    };
    window.addEventListener('storage', onStorage);
    window.addEventListener('pageshow', onShow);
    onCleanup(() => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pageshow', onShow);
    });
  });
}

/** Problems the page's storage has reported, as a signal (for the notice). */
export function createStorageProblems(): Accessor<Problem[]> {
  const [problems, setProblems] = createSignal<Problem[]>([]);
  onMount(() => {
    const storage = pageStorage();
    setProblems([...storage.problems]);
    onCleanup(storage.onProblem(() => setProblems([...storage.problems])));
  });
  return problems;
}
