// The saved state the plan reads, through the storage layer: each slot decoded with its validator
// and its migrations. The home page's short plan (home-plan.ts) loads this only when its quick read
// meets data it cannot take as it is (an older or newer version, an odd shape); it never writes.
import type { PlanState } from '../lib/plan/next-steps';
import { decode, keyFor, type Slot } from '../lib/storage/store';
import { assessmentSlot } from '../lib/storage/slots/assessment';
import { checklistSlot } from '../lib/storage/slots/checklist';
import { knowledgeCheckSlot } from '../lib/storage/slots/knowledge-checks';
import { oneOnOneSlot } from '../lib/storage/slots/one-on-one';
import { planSettingsSlot } from '../lib/storage/slots/plan';
import { progressSlot } from '../lib/storage/slots/progress';
import { reviewSlot } from '../lib/storage/slots/review';

function read<T>(slot: Slot<T>): T {
  try {
    return decode(slot, localStorage.getItem(keyFor(slot.name))).data;
  } catch {
    return slot.empty();
  }
}

export const readPlanState = (): PlanState => ({
  progress: read(progressSlot),
  quizzes: read(knowledgeCheckSlot),
  assessment: read(assessmentSlot),
  checklist: read(checklistSlot),
  oneOnOne: read(oneOnOneSlot),
  review: read(reviewSlot),
  settings: read(planSettingsSlot),
});
