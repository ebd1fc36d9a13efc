// Reading progress on the page, without a framework: the ✓/★ marks of every lesson list, the
// "mark as read" box at the end of a lesson and the home page's progress panel. Bundled at build
// time into one small inline script (see src/components/InlineScript.astro), so a lesson's first
// view requests no JavaScript file. The logic lives in src/lib/progress.ts; this file only wires it.
import { homeTally, lessonMarks, markRead } from '../lib/progress';
import { checklistSlot, progressSlot, quizSlot } from '../lib/slots';
import { decode, encode, keyFor, type Slot } from '../lib/storage';

const DWELL_MS = 1500;
// Not SafeStorage: that is 3 KB, and this script only reads three slots and writes one. What it
// cannot read it leaves alone (it never writes over it) and says so; the tool pages, which load
// the full storage layer, keep such data aside for My data.
let problem = '';
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
  if (problem) return render();
  try {
    localStorage.setItem(keyFor(slot.name), encode(slot, data));
  } catch {
    problem = "Your browser didn't save that, so it won't be kept after you close this page.";
  }
}
const all = <E extends Element>(sel: string, root: ParentNode = document) => [...root.querySelectorAll<E>(sel)];
const text = (root: ParentNode, sel: string, value: string | number) => {
  for (const el of all<HTMLElement>(sel, root)) el.textContent = String(value);
};

function render() {
  const progress = read(progressSlot);
  const quizzes = read(quizSlot);
  for (const li of all<HTMLElement>('li[data-lesson]')) {
    const m = lessonMarks(li.dataset.lesson ?? '', progress, quizzes);
    li.classList.toggle('read', m.read);
    text(li, '[data-mark=read]', m.read ? '✓' : '');
    text(li, '[data-mark=passed]', m.passed ? '★' : '');
    text(li, '[data-mark=said]', (m.read ? '. Read' : '') + (m.passed ? '. Check passed' : ''));
  }
  for (const box of all<HTMLElement>('[data-read-box]')) {
    const on = (box.dataset.slug ?? '') in progress.read;
    text(
      box,
      '[data-read-status]',
      on
        ? box.dataset.auto
          ? '✓ Marked as read, since you reached the end.'
          : '✓ You have read this lesson.'
        : "You haven't marked this lesson as read yet.",
    );
    const button = box.querySelector('button');
    if (button) {
      button.textContent = on ? 'Mark as unread' : 'Mark as read';
      button.classList.toggle('secondary', on);
    }
    box.hidden = false;
  }
  const home = document.querySelector<HTMLElement>('[data-home-progress]');
  if (home) {
    const path = all<HTMLElement>('.path li[data-lesson]');
    const t = homeTally(
      path.map((li) => li.dataset.lesson ?? ''),
      progress,
      quizzes,
      read(checklistSlot),
      Number(home.dataset.checklistTotal),
    );
    text(home, '[data-count=read]', t.read);
    text(home, '[data-count=percent]', t.percent);
    text(home, '[data-count=passed]', t.passed);
    text(home, '[data-count=ticked]', t.ticked);
    home.querySelector<HTMLElement>('.meter-fill')?.style.setProperty('width', `${t.percent}%`);
    const next = path[t.next]?.querySelector('a');
    const link = home.querySelector<HTMLAnchorElement>('[data-continue]');
    const done = home.querySelector<HTMLElement>('[data-all-read]');
    if (link && done) {
      link.hidden = !next;
      done.hidden = !!next;
      if (next) {
        link.href = next.getAttribute('href') ?? '';
        link.textContent = `${t.read ? 'Continue' : 'Start'} with lesson ${t.next + 1}: ${next.querySelector('.name')?.firstChild?.textContent?.trim()}`;
      }
    }
  }
  // Storage trouble is told where the reader is looking: in the read box or the home panel.
  for (const el of all<HTMLElement>('[data-storage-msg]')) {
    el.textContent = problem;
    el.hidden = !problem;
  }
}

function mark(box: HTMLElement, on: boolean, auto = false) {
  if (auto) box.dataset.auto = '1';
  else delete box.dataset.auto;
  write(progressSlot, markRead(read(progressSlot), box.dataset.slug ?? '', on));
  render();
}

for (const box of all<HTMLElement>('[data-read-box]')) {
  let chose = false;
  box.querySelector('button')?.addEventListener('click', () => {
    chose = true;
    mark(box, !((box.dataset.slug ?? '') in read(progressSlot).read));
  });
  // Reaching the end of the text and staying a moment marks the lesson read, unless the reader chose.
  let timer: ReturnType<typeof setTimeout> | undefined;
  new IntersectionObserver(([e]) => {
    clearTimeout(timer);
    if (e?.isIntersecting && !chose)
      timer = setTimeout(() => {
        if (!chose && !((box.dataset.slug ?? '') in read(progressSlot).read)) mark(box, true, true);
      }, DWELL_MS);
  }).observe(box);
}

// Other tabs, and the knowledge check on this page, change progress: redraw.
addEventListener('storage', (e) => {
  if (
    e.key === null ||
    e.key === keyFor(progressSlot.name) ||
    e.key === keyFor(quizSlot.name) ||
    e.key === keyFor(checklistSlot.name)
  )
    render();
});
addEventListener('managing-up:saved', render);
render();
