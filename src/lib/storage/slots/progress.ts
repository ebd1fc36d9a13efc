// The reader's reading progress: which lessons they marked read, and when.
import { isIsoDate, isRecord, recordOf } from '../guards';
import type { Slot } from '../store';

export interface Progress {
  /** Lesson slug -> when it was marked read (ISO date). */
  read: Record<string, string>;
}
export const progressSlot: Slot<Progress> = {
  name: 'progress',
  label: 'your reading progress',
  version: 1,
  empty: () => ({ read: {} }),
  validate: (d) => {
    if (!isRecord(d)) return null;
    const read = recordOf(d.read, isIsoDate);
    return read ? { read } : null;
  },
};
