// Spaced review: the knowledge-check questions a reader missed, each with the day it comes back.
// Entries are keyed by lesson/question; two tabs' entries are merged by mergeReview, which keeps
// every question and, for one both changed, the later change. The shape and its migrations live with the review logic.
import type { Slot } from '../store';
import { REVIEW_MIGRATIONS, REVIEW_VERSION, emptyReview, mergeReview, parseReview, type ReviewState } from '../../plan/review';

export const reviewSlot: Slot<ReviewState> = {
  name: 'review',
  label: 'the questions you are reviewing',
  version: REVIEW_VERSION,
  empty: emptyReview,
  validate: parseReview,
  migrations: REVIEW_MIGRATIONS,
  // Per question, the later change wins: two tabs answering the same question never conflict.
  merge: (_base, local, stored) => ({ value: mergeReview(local, stored), conflicts: [] }),
};
