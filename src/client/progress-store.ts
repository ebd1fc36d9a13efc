// Reading progress's full storage layer, loaded (dynamic import from the page's inline script, see
// marks.ts) only when the reader marks a lesson read or unread, reaches the end of a lesson, or when
// the quick read meets saved data it cannot read. It decodes with the slots' validators and
// migrations, never writes over what it cannot read, and tells the reader about storage trouble
// in the read box or the home panel. The logic lives in src/lib; this file only wires it.
import { markRead } from '../lib/progress';
import { checklistSlot } from '../lib/storage/slots/checklist';
import { progressSlot } from '../lib/storage/slots/progress';
import { knowledgeCheckSlot } from '../lib/storage/slots/knowledge-checks';
import { decode, encode, keyFor, type Slot } from '../lib/storage/store';
import type { Saved } from './marks';

const DWELL_MS = 1500;
// Not SafeStorage: this reads three slots and writes one. What it cannot read it leaves alone (it
// never writes over it) and says so; the tool pages, which load SafeStorage, keep such data aside
// for My data.
let problem = '';
let paint: (s: Saved) => void = () => {};
let chose = false;
const all = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];

function read<T>(slot: Slot<T>): T {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(keyFor(slot.name));
  } catch {
    problem = "Your browser isn't letting this site save, so your reading progress won't be kept.";
  }
  const r = decode(slot, raw);
  if (r.status === 'corrupt' || r.status === 'invalid' || r.status === 'newer')
    problem = `Saved data for ${slot.label} couldn't be read here; it is left untouched. See My data.`;
  return r.data;
}

function write<T>(slot: Slot<T>, data: T) {
  problem = '';
  read(slot);
  if (problem) return;
  try {
    localStorage.setItem(keyFor(slot.name), encode(slot, data));
  } catch {
    problem = "Your browser didn't save that, so it won't be kept after you close this page.";
  }
}

/** Draws the page from what is saved, read in full, and tells any storage trouble. */
function redraw() {
  paint({ progress: read(progressSlot), quizzes: read(knowledgeCheckSlot), checklist: read(checklistSlot) });
  // Storage trouble is told where the reader is looking: in the read box or the home panel.
  for (const el of all('[data-storage-msg]')) {
    el.textContent = problem;
    el.hidden = !problem;
  }
}

const box = document.querySelector<HTMLElement>('[data-read-box]');

function mark(on: boolean, auto = false) {
  if (!box) return;
  if (auto) box.dataset.auto = '1';
  else delete box.dataset.auto;
  write(progressSlot, markRead(read(progressSlot), box.dataset.slug ?? '', on));
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
