// The skip-level planner: its steps and the contacts logged, as records keyed by id, so the storage
// layer's field-by-field merge keeps entries two tabs added at once.
import type { Slot } from '../store';
import { emptySkipLevel, parseSkipLevel, type SkipLevelState } from '../../toolkit/skip-level';

export const skipLevelSlot: Slot<SkipLevelState> = {
  name: 'skip-level',
  label: 'your skip-level planner',
  version: 1,
  empty: emptySkipLevel,
  validate: parseSkipLevel,
};
