// Saves the questions a reader missed in a knowledge check to the spaced review. Loaded only when a
// check is finished, so the review's schema (zod) stays out of every lesson's first JavaScript.
import { addMissed } from '../lib/plan/review';
import { reviewSlot } from '../lib/storage/slots/review';
import { readSlot, saveSlot } from '../lib/storage/store';
import { pageStorage } from './persisted';

export function recordMissed(lesson: string, missed: readonly string[], now: Date = new Date()) {
  if (missed.length === 0) return;
  const storage = pageStorage();
  const base = readSlot(storage, reviewSlot).data;
  saveSlot(storage, reviewSlot, base, addMissed(base, lesson, missed, now), now);
}
