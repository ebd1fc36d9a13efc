// Reading progress's full storage layer, loaded (dynamic import from the page's inline script, see
// marks.ts) only when the reader marks a lesson read or unread, reaches the end of a lesson, or when
// the quick read meets saved data it cannot read. It reads through the page's one SafeStorage
// (page-storage.ts, shared with the knowledge check and checklist islands), so it decodes with the
// slots' validators and migrations, sets unreadable data aside before anything can overwrite it,
// leaves newer-version data where it is, and tells the reader in the read box or the home panel
// what the page's storage really did (storage-msg.ts), whichever part met it. The logic lives in
// src/lib; this file only wires it.
import { markRead } from '../lib/progress';
import { checklistSlot } from '../lib/storage/slots/checklist';
import { progressSlot } from '../lib/storage/slots/progress';
import { knowledgeCheckSlot } from '../lib/storage/slots/knowledge-checks';
import { readSlot, saveSlot, type Slot } from '../lib/storage/store';
import type { Saved } from './marks';
import { pageStorage } from './page-storage';
import { watchProblems } from './storage-msg';

const DWELL_MS = 1500;
let paint: (s: Saved) => void = () => {};
let chose = false;
const storage = pageStorage();

const read = <T>(slot: Slot<T>): T => readSlot(storage, slot).data;

/** Draws the page from what is saved, read in full, and tells any storage trouble. */
function redraw() {
  paint({ progress: read(progressSlot), quizzes: read(knowledgeCheckSlot), checklist: read(checklistSlot) });
  // Storage trouble is told where the reader is looking: in the read box or the home panel.
  watchProblems(storage);
}

const box = document.querySelector<HTMLElement>('[data-read-box]');

function mark(on: boolean, auto = false) {
  if (!box) return;
  if (auto) box.dataset.auto = '1';
  else delete box.dataset.auto;
  const before = read(progressSlot);
  // Merged with what another tab saved meanwhile; never written over data it could not read.
  saveSlot(storage, progressSlot, before, markRead(before, box.dataset.slug ?? '', on));
  redraw();
}

const isRead = () => (box?.dataset.slug ?? '') in read(progressSlot).read;

/** "Mark as read" / "Mark as unread" pressed. */
export function toggle() {
  chose = true;
  mark(!isRead());
}

/**
 * Called once when this module loads: `draw` paints the page (the inline script's own). From then
 * on this draws the page from the full read, so what the quick read cannot read is still shown.
 */
export function start(draw: (s: Saved) => void) {
  paint = draw;
  redraw();
  addEventListener('storage', redraw);
  addEventListener('managing-up:saved', redraw);
  // Reaching the end of the text and staying a moment marks the lesson read, unless the reader chose.
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (box)
    new IntersectionObserver(([e]) => {
      clearTimeout(timer);
      if (e?.isIntersecting && !chose)
        timer = setTimeout(() => {
          if (!chose && !isRead()) mark(true, true);
        }, DWELL_MS);
    }).observe(box);
}
