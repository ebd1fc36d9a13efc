// The home page's short plan: the single next step and a line of where the reader is, linked to
// the plan page. Loaded by the home page's inline script (home-page.ts) only for a reader with
// something saved, once the browser is idle, so a new reader's home page and its first load stay
// exactly as they were. It reads the slots the plan reads (never writes: what it cannot read, the
// plan page and My data deal with) and the content from /plan/content.json, and fills in the room
// the inline script made. The decisions are src/lib/plan (next-steps.ts, short.ts).
import { buildPlan, type PlanContent } from '../lib/plan/next-steps';
import { shortPlan } from '../lib/plan/short';
import { planContentHref } from '../lib/links';
import { decode, keyFor, type Slot } from '../lib/storage/store';
import { assessmentSlot } from '../lib/storage/slots/assessment';
import { checklistSlot } from '../lib/storage/slots/checklist';
import { knowledgeCheckSlot } from '../lib/storage/slots/knowledge-checks';
import { oneOnOneSlot } from '../lib/storage/slots/one-on-one';
import { planSettingsSlot } from '../lib/storage/slots/plan';
import { progressSlot } from '../lib/storage/slots/progress';
import { reviewSlot } from '../lib/storage/slots/review';

let content: Promise<PlanContent | null> | undefined;

function read<T>(slot: Slot<T>): T {
  try {
    return decode(slot, localStorage.getItem(keyFor(slot.name))).data;
  } catch {
    return slot.empty();
  }
}

/** Fills the short plan in `box` from what is saved now; with nothing to say, or without the content (offline), it gives the room back. */
export async function show(box: HTMLElement) {
  content ??= fetch(planContentHref)
    .then((r) => (r.ok ? (r.json() as Promise<PlanContent>) : null))
    .catch(() => null);
  const c = await content;
  const plan = c
    ? buildPlan(
        c,
        {
          progress: read(progressSlot),
          quizzes: read(knowledgeCheckSlot),
          assessment: read(assessmentSlot),
          checklist: read(checklistSlot),
          oneOnOne: read(oneOnOneSlot),
          review: read(reviewSlot),
          settings: read(planSettingsSlot),
        },
        new Date(),
      )
    : null;
  const shown = document.querySelector('[data-continue]:not([hidden])')?.getAttribute('href');
  const short = plan && shortPlan(plan, shown ? [shown] : []);
  const next = box.querySelector<HTMLAnchorElement>('[data-plan-next]');
  const where = box.querySelector<HTMLElement>('[data-plan-where]');
  const link = box.querySelector<HTMLElement>('[data-plan-link]');
  if (!short || !next || !where || !link) {
    // Nothing to say after all (only empty values saved), or no content to say it from: the room goes.
    box.dataset.planShort = 'none';
    return;
  }
  box.dataset.planShort = 'on';
  next.href = short.next.href;
  next.textContent = short.next.text;
  where.textContent = short.where.join(' · ');
  link.textContent = 'See your whole plan';
}
