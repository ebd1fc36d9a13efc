// The storage notice of the lesson and home pages ([data-storage-msg], in the read box or the home
// panel): it says, in src/lib/problems.ts words, what the page's one storage wrapper has met,
// whichever part of the page met it (the progress script, the knowledge check, the checklist
// group), and changes as soon as another problem is reported, so it never tells a state that no
// longer holds. Both the progress script and the lessons' islands start it; it watches once.
// The words load only when there is something to tell: most visits meet no problem.
import type { SafeStorage } from '../lib/storage/store';

let watching = false;
let told = Promise.resolve();

/** Writes what `storage` has met into every storage notice on the page (hidden when nothing). */
function tell(storage: SafeStorage) {
  const problems = [...storage.problems];
  // In order, so a later report is never overwritten by an earlier one still loading its words.
  told = told.then(async () => {
    const text = problems.length ? [...new Set(problems.map((await import('../lib/problems')).describeProblem))].join(' ') : '';
    for (const el of document.querySelectorAll<HTMLElement>('[data-storage-msg]')) {
      el.textContent = text;
      el.hidden = !text;
    }
  });
}

/** Tells what `storage` has met so far, and from then on each new problem (once per page). */
export function watchProblems(storage: SafeStorage) {
  tell(storage);
  if (watching) return;
  watching = true;
  storage.onProblem(() => tell(storage));
}
