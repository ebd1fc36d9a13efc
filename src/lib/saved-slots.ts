// Every slot the site saves, for the code that handles them all: the My data page (list, export,
// import, clear). Kept apart from slots.ts on purpose: every island imports its own slot from
// slots.ts, and a list there would pull the toolkit's schemas (zod) into every page's JavaScript.
import type { AnySlot } from './storage';
import { ALL_SLOTS } from './slots';
import { oneOnOneSlot, skipLevelSlot } from './toolkit/planner-slots';
import { badNewsSlot, bossManualSlot } from './toolkit/slots';

export const SAVED_SLOTS: readonly AnySlot[] = [...ALL_SLOTS, bossManualSlot, badNewsSlot, oneOnOneSlot, skipLevelSlot];
