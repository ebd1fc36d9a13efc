// Every slot the site saves, in the order My data lists them: the one list for the code that
// handles them all (My data's list, export, import and clear). Only My data imports it: every
// island imports just its own slot from slots/, so a page carries only the shapes it saves (a list
// here would pull the toolkit's schemas into every page's JavaScript).
import type { AnySlot } from './store';
import { assessmentSlot } from './slots/assessment';
import { badNewsSlot } from './slots/bad-news';
import { bossManualSlot } from './slots/boss-manual';
import { checklistSlot } from './slots/checklist';
import { formDraftsSlot } from './slots/form-drafts';
import { knowledgeCheckSlot } from './slots/knowledge-checks';
import { oneOnOneSlot } from './slots/one-on-one';
import { planSettingsSlot } from './slots/plan';
import { progressSlot } from './slots/progress';
import { reviewSlot } from './slots/review';
import { skipLevelSlot } from './slots/skip-level';
import { worksheetSlot } from './slots/worksheet';

export const ALL_SLOTS: readonly AnySlot[] = [
  progressSlot,
  checklistSlot,
  knowledgeCheckSlot,
  reviewSlot,
  assessmentSlot,
  worksheetSlot,
  bossManualSlot,
  badNewsSlot,
  oneOnOneSlot,
  planSettingsSlot,
  skipLevelSlot,
  formDraftsSlot,
];
