// The one place the toolkit's islands meet the storage layer, so a change there touches one file.
// TEMPORARY until the storage rewrite lands in main: the new createPersisted's shape over the old
// usePersisted (saves at once, no merge). Replaced by a re-export of createPersisted at merge.
import { createSignal, type Accessor } from 'solid-js';
import type { Slot } from '../../../lib/storage';
import { usePersisted } from '../persisted';

export type SaveState = 'idle' | 'pending' | 'saved' | 'memory' | 'read-only';
export function createToolState<T>(slot: Slot<T>, _options: { delay?: number } = {}) {
  const [value, set, mounted] = usePersisted(slot);
  const [saveState, setSaveState] = createSignal<SaveState>('idle');
  return {
    value,
    set: (next: T | ((prev: T) => T)) => {
      set(next);
      setSaveState('saved');
    },
    flush: () => {},
    mounted,
    saveState: saveState as Accessor<SaveState>,
  };
}
