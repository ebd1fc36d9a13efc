// Every slot the site saves, for the page that handles them all (My data: list, export, import,
// clear). The toolkit's slots join here rather than in slots.ts because they validate with zod:
// the lessons' islands import slots.ts and must not carry the toolkit's schema library.
import type { AnySlot } from './storage';
import { ALL_SLOTS } from './slots';
import { TOOLKIT_SLOTS } from './toolkit/slots';

export const EVERY_SLOT: readonly AnySlot[] = [...ALL_SLOTS, ...TOOLKIT_SLOTS];
