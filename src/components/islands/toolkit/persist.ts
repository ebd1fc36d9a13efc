// TEMPORARY until the new storage layer lands: the same surface as persisted.ts's createPersisted,
// kept in memory only, so the toolkit islands can be built and tried before they are wired.
import { createSignal, onMount, type Accessor } from 'solid-js';

export interface MemorySlot<T> {
  empty: () => T;
}
export function createPersisted<T>(slot: MemorySlot<T>, _options: { delay?: number } = {}) {
  const [value, setValue] = createSignal<T>(slot.empty());
  const [mounted, setMounted] = createSignal(false);
  onMount(() => setMounted(true));
  return {
    value,
    set: (next: T) => setValue(() => next),
    flush: () => {},
    mounted: mounted as Accessor<boolean>,
    conflicts: (() => []) as Accessor<string[]>,
  };
}
