// The planners' storage slots (one per tool, versioned), listed for My data in src/lib/saved-slots.ts.
// Validation is the tool's zod schema, so the saved shape has one source of truth; entries are
// records keyed by id, so the storage layer's field-by-field merge keeps entries two tabs added at once.
import type { Slot } from '../storage';
import { emptyOneOnOne, parseOneOnOne, type OneOnOneState } from './one-on-one';
import { emptySkipLevel, parseSkipLevel, type SkipLevelState } from './skip-level';

export const oneOnOneSlot: Slot<OneOnOneState> = {
  name: 'one-on-one',
  label: 'your one-on-one planner and wins log',
  version: 1,
  empty: emptyOneOnOne,
  validate: parseOneOnOne,
};

export const skipLevelSlot: Slot<SkipLevelState> = {
  name: 'skip-level',
  label: 'your skip-level planner',
  version: 1,
  empty: emptySkipLevel,
  validate: parseSkipLevel,
};
