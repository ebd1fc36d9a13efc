// Spaced review: the knowledge-check questions a reader missed, each with the day it comes back.
// Entries are a record keyed by lesson/question, so the storage layer's field-by-field merge keeps
// questions two tabs added at once. The shape and its migrations live with the review logic.
import type { Slot } from '../store';
import { REVIEW_MIGRATIONS, REVIEW_VERSION, emptyReview, parseReview, type ReviewState } from '../../plan/review';

export const reviewSlot: Slot<ReviewState> = {
  name: 'review',
  label: 'the questions you are reviewing',
  version: REVIEW_VERSION,
  empty: emptyReview,
  validate: parseReview,
  migrations: REVIEW_MIGRATIONS,
};
