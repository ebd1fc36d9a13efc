// Brings a lesson's knowledge check and checklist group to life when they near the screen (loaded
// by the lesson's inline script, see lesson-page.ts), in place of Astro's islands: those bring an
// inline runtime and their props into every lesson's HTML. The page holds what reads without
// JavaScript (the check's pass mark, the checklist's items); this renders the live components in
// its place, with the data they need from quiz.json or checklist.json and the container's data
// attributes, never from props in the HTML.
// What they meet in storage (a value set aside, a newer version) is told in the read box, even
// when the reader jumped to the check and the progress script has not loaded (storage-msg.ts).
import { render } from 'solid-js/web';
import KnowledgeCheck from '../components/islands/KnowledgeCheck';
import ChecklistGroup from '../components/islands/ChecklistGroup';
import { checklistHref, quizHref } from '../lib/links';
import type { ChecklistItem } from '../lib/checklist';
import type { CheckData } from '../lib/knowledge-check';
import { pageStorage } from './page-storage';
import { watchProblems } from './storage-msg';

/** Replaces the server markup in `el` with the live component, keeping the reader's focus. */
function swap(el: HTMLElement, component: () => Element) {
  const focused = el.contains(document.activeElement) ? document.activeElement?.id : undefined;
  el.textContent = '';
  render(component, el);
  el.dataset.mounted = '';
  if (focused) document.getElementById(focused)?.focus();
}

export async function mount(el: HTMLElement) {
  watchProblems(pageStorage());
  const d = el.dataset;
  if (d.island === 'knowledge-check') {
    // Swapped in once the questions are here (or could not come, which the check then says), so
    // the pass mark on the page is replaced once, by the whole check.
    const data = await fetch(quizHref(d.lesson ?? ''))
      .then((res) => (res.ok ? (res.json() as Promise<CheckData>) : null))
      .catch(() => null);
    swap(
      el,
      () =>
        (<KnowledgeCheck lesson={d.lesson ?? ''} passMark={Number(d.passMark)} total={Number(d.total)} data={data} />) as Element,
    );
  } else if (d.island === 'checklist-group') {
    const res = await fetch(checklistHref(d.lesson ?? ''));
    if (!res.ok) return;
    const items = (await res.json()) as ChecklistItem[];
    swap(el, () => (<ChecklistGroup items={items} />) as Element);
  }
}
