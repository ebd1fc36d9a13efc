// Brings a lesson's knowledge check and checklist group to life when they near the screen (loaded
// by the lesson's inline script, see lesson-page.ts), in place of Astro's islands: those bring an
// inline runtime and their props into every lesson's HTML. The page holds the same components
// rendered on the server; this renders them again in the browser over that markup, with the data
// they need from quiz.json and the container's data attributes, never from props in the HTML.
// What they meet in storage (a value set aside, a newer version) is told in the read box, even
// when the reader jumped to the check and the progress script has not loaded (storage-msg.ts).
import { render } from 'solid-js/web';
import KnowledgeCheck from '../components/islands/KnowledgeCheck';
import ChecklistGroup from '../components/islands/ChecklistGroup';
import { checklistHref } from '../lib/links';
import type { ChecklistItem } from '../lib/checklist';
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
    // The questions already on the page stay on show until the check has its answers.
    const questions = el.querySelector('.kc-questions');
    swap(
      el,
      () =>
        (
          <KnowledgeCheck lesson={d.lesson ?? ''} passMark={Number(d.passMark)} total={Number(d.total)}>
            {questions}
          </KnowledgeCheck>
        ) as Element,
    );
  } else if (d.island === 'checklist-group') {
    const res = await fetch(checklistHref(d.lesson ?? ''));
    if (!res.ok) return;
    const items = (await res.json()) as ChecklistItem[];
    swap(el, () => (<ChecklistGroup items={items} />) as Element);
  }
}
