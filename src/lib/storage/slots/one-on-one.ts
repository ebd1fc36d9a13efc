// The one-on-one planner: wins, asks, what to raise next and past meetings, as records keyed by
// id, so the storage layer's field-by-field merge keeps entries two tabs added at once.
import type { Slot } from '../store';
import { emptyOneOnOne, parseOneOnOne, type OneOnOneState } from '../../toolkit/one-on-one';

export const oneOnOneSlot: Slot<OneOnOneState> = {
  name: 'one-on-one',
  label: 'your one-on-one planner and wins log',
  version: 1,
  empty: emptyOneOnOne,
  validate: parseOneOnOne,
};
