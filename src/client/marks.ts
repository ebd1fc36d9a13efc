// The part of reading progress every first view needs: it reads the saved progress the quick way
// (src/lib/progress.ts quickRead) and draws the ✓/★ marks of the lesson lists. It is inlined into
// the page by lesson-page.ts and home-page.ts, so it stays small: the full storage layer (src/client/
// progress-store.ts) loads only when the reader acts, or when the quick read meets data only that
// layer can read (an older version, a newer one, storage that fails), which it then reports.
import { QUICK_VERSIONS, lessonMarks, quickRead } from '../lib/progress';
import type { ChecklistState } from '../lib/storage/slots/checklist';
import type { Progress } from '../lib/storage/slots/progress';
import type { QuizResults } from '../lib/storage/slots/knowledge-checks';
import type * as Store from './progress-store';

/** The URL of progress-store.ts, set by InlineScript.astro when it bundles this script. */
declare const STORE_URL: string;

export interface Saved {
  progress: Progress;
  quizzes: QuizResults;
  checklist: ChecklistState;
}

export const all = <E extends HTMLElement = HTMLElement>(sel: string, root: ParentNode = document) => [
  ...root.querySelectorAll<E>(sel),
];
export const text = (root: ParentNode, sel: string, value: string) => {
  for (const el of all(sel, root)) el.textContent = value;
};

let store: Promise<typeof Store> | undefined;
/** The full storage layer, loaded once; it draws through `paint` after what it writes. */
export const loadStore = (paint: (s: Saved) => void) =>
  (store ??= (import(STORE_URL) as Promise<typeof Store>).then((m) => (m.start(paint), m)));

/** What is saved, read the quick way; null when only the full storage layer can read it. */
function quick(withChecklist: boolean): Saved | null {
  const get = <T extends object>(name: keyof typeof QUICK_VERSIONS, empty: T) =>
    quickRead(localStorage.getItem(`managing-up:${name}`), QUICK_VERSIONS[name], empty);
  // Pages without the tally get an empty checklist (`kept` is read by no painter).
  const empty = { items: {} } as ChecklistState;
  const s = {
    progress: get<Progress>('progress', { read: {} }),
    quizzes: get<QuizResults>('quizzes', {}),
    checklist: withChecklist ? get('checklist', empty) : empty,
  };
  return s.progress && s.quizzes && s.checklist ? (s as Saved) : null;
}

/**
 * Draws `paint` now from the quick read, or through the full storage layer when it cannot, and
 * again when saved progress changes. Only a page that shows the checklist tally reads the checklist.
 */
export function drawWith(paint: (s: Saved) => void, withChecklist = false) {
  const draw = () => {
    try {
      // A storage that throws, or unvalidated data of an odd shape, ends here: the full layer
      // reads it properly and reports what it met.
      const s = quick(withChecklist);
      if (s) return paint(s);
    } catch {
      /* drawn below */
    }
    // Once loaded, the storage layer draws the page itself, now and on every change.
    void loadStore(paint);
  };
  // Other tabs, and the knowledge check on this page, change progress: redraw.
  addEventListener('storage', draw);
  addEventListener('managing-up:saved', draw);
  draw();
}

/** The ✓/★ marks of every lesson list on the page. */
export function paintMarks({ progress, quizzes }: Saved) {
  for (const li of all('li[data-lesson]')) {
    const m = lessonMarks(li.dataset.lesson!, progress, quizzes);
    li.classList.toggle('read', m.read);
    text(li, '[data-mark=read]', m.read ? '✓' : '');
    text(li, '[data-mark=passed]', m.passed ? '★' : '');
    text(li, '[data-mark=said]', (m.read ? '. Read' : '') + (m.passed ? '. Check passed' : ''));
  }
}
