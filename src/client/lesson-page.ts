// The one inline script of a lesson page (bundled by src/components/InlineScript.astro; the budget
// tests hold it under 1 KB gzip): the ✓/★ marks and the "mark as read" box, drawn from the quick
// read; the full storage layer loads when the reader presses the button or reaches the end of
// the text; the knowledge check and checklist load as they near the screen; the contents rail's
// highlight loads on the first scroll.
import { all, drawWith, loadStore, paintMarks, type Saved } from './marks';
import type * as Islands from './lesson-islands';

/** The URLs of lesson-islands.tsx and contents-rail.ts, set by InlineScript.astro. */
declare const ISLANDS_URL: string, RAIL_URL: string;

// The read box is the lesson's own markup (LessonExtras.astro): it is there whenever this runs.
const box = document.querySelector<HTMLElement>('[data-read-box]')!;
// The words of each state are data attributes of the status line and the button.
const status = box.querySelector<HTMLElement>('[data-read-status]')!;
const button = box.querySelector('button')!;

function paint(s: Saved) {
  paintMarks(s);
  const on = box.dataset.slug! in s.progress.read;
  status.textContent = status.dataset[on ? (box.dataset.auto ? 'auto' : 'read') : 'unread']!;
  button.textContent = button.dataset[on ? 'read' : 'unread']!;
  button.classList.toggle('secondary', on);
  box.hidden = false;
}
drawWith(paint);
button.addEventListener('click', () => void loadStore(paint).then((m) => m.toggle()));

// One watch for what lies below the text: nearing the read box loads the storage layer (which
// marks the lesson read when the reader stays at the end), and each [data-island] gets its
// server-rendered component brought to life by lesson-islands.tsx.
const near = new IntersectionObserver(
  (entries) => {
    for (const { isIntersecting, target } of entries)
      if (isIntersecting) {
        near.unobserve(target);
        if (target === box) void loadStore(paint);
        else void import(ISLANDS_URL).then((m: typeof Islands) => m.mount(target as HTMLElement));
      }
  },
  { rootMargin: '100%' },
);
for (const el of all('[data-read-box],[data-island]')) near.observe(el);

// The contents rail marks the section being read, from the first scroll on.
addEventListener('scroll', () => void import(RAIL_URL), { once: true });
