// Half-written entries of the planners' "add" forms (src/lib/form-drafts.ts), kept in a slot of
// their own so typing a draft never touches the planner's saved log, and listed, exported and
// cleared on My data like every other slot.
import type { Slot } from '../store';
import { emptyFormDrafts, parseFormDrafts, type FormDrafts } from '../../form-drafts';

export const formDraftsSlot: Slot<FormDrafts> = {
  name: 'form-drafts',
  label: 'your half-written planner entries',
  version: 1,
  empty: emptyFormDrafts,
  validate: parseFormDrafts,
};
