// The one inline script of a lesson page (bundled by src/components/InlineScript.astro; the budget
// tests hold it under 1 KB gzip): the ✓/★ marks and the "mark as read" box, drawn from the quick
// read; the full storage layer loads when the reader presses the button or reaches the end of
// the text; the knowledge check and checklist load as they near the screen; the contents rail's
// highlight follows the scroll.
import { all, drawWith, loadStore, paintMarks, text, type Saved } from './marks';

/** The URL of lesson-islands.tsx, set by InlineScript.astro. */
declare const ISLANDS_URL: string;

function paint(s: Saved) {
  paintMarks(s);
  for (const box of all('[data-read-box]')) {
    const on = (box.dataset.slug ?? '') in s.progress.read;
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
}
drawWith(paint);

for (const box of all('[data-read-box]')) {
  box.querySelector('button')?.addEventListener('click', () => void loadStore(paint).then((m) => m.toggle(box)));
  new IntersectionObserver(([e], o) => {
    if (e?.isIntersecting) {
      o.disconnect();
      void loadStore(paint).then((m) => m.watchEnd(box));
    }
  }).observe(box);
}

// Each [data-island] holds server-rendered markup that lesson-islands.tsx brings to life.
const islands = new IntersectionObserver(
  (entries) => {
    for (const e of entries)
      if (e.isIntersecting) {
        islands.unobserve(e.target);
        void import(ISLANDS_URL).then((m: typeof import('./lesson-islands')) => m.mount(e.target as HTMLElement));
      }
  },
  { rootMargin: '50% 0px' },
);
for (const el of all('[data-island]')) islands.observe(el);

// The contents rail marks the section being read.
const toc = all<HTMLAnchorElement>('.toc a');
let frame = 0;
addEventListener(
  'scroll',
  () =>
    (frame ||= requestAnimationFrame(() => {
      frame = 0;
      let c = -1;
      toc.forEach((a, i) => {
        const e = document.getElementById(decodeURIComponent(a.hash.slice(1)));
        if (e && e.getBoundingClientRect().top < innerHeight / 3) c = i;
      });
      toc.forEach((a, i) => (i == c ? a.setAttribute('aria-current', 'location') : a.removeAttribute('aria-current')));
    })),
  { passive: true },
);
