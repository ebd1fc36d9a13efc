// The home page's short plan: the single next step and a line of where the reader is, linked to
// the plan page. Loaded by the home page's inline script (home-page.ts) only for a reader with
// something saved, once the browser is idle, so a new reader's home page and its first load stay
// exactly as they were. It reads what the plan reads the quick way (saved envelopes at the versions
// it knows, as the inline script does), and loads the full storage layer (plan-state.ts) only when
// that fails; it never writes. The content comes from /plan/content.json. It fills in the room the
// inline script made; the decisions are src/lib/plan (next-steps.ts, short.ts).
import { buildPlan, type Plan, type PlanContent, type PlanState } from '../lib/plan/next-steps';
import { PLAN_QUICK_VERSIONS, shortPlan } from '../lib/plan/short';
import { quickRead } from '../lib/progress';
import { planContentHref } from '../lib/links';

let content: Promise<PlanContent | null> | undefined;

/** What is saved, read the quick way; null when only the full storage layer can read it. */
function quickState(): PlanState | null {
  const get = (name: keyof typeof PLAN_QUICK_VERSIONS, empty: object) =>
    quickRead(localStorage.getItem(`managing-up:${name}`), PLAN_QUICK_VERSIONS[name], empty) as never;
  const s: PlanState = {
    progress: get('progress', { read: {} }),
    quizzes: get('quizzes', {}),
    checklist: get('checklist', { items: {} }),
    assessment: get('assessment', { attempts: [] }),
    oneOnOne: get('one-on-one', { wins: {}, meetings: {}, next: { progress: '', risks: '' } }),
    review: get('review', { items: {} }),
    settings: get('plan', { oneOnOneDay: null }),
  };
  return Object.values(s).every((v) => v !== null) ? s : null;
}

/** The plan from what is saved: the quick read first, the full storage layer when that cannot read it or its data is odd. */
async function planOf(c: PlanContent): Promise<Plan> {
  try {
    const s = quickState();
    if (s) return buildPlan(c, s, new Date());
  } catch {
    // Read properly below.
  }
  const full = await import('./plan-state');
  return buildPlan(c, full.readPlanState(), new Date());
}

/** Fills the short plan in `box` from what is saved now; with nothing to say, or without the content (offline), it gives the room back. */
export async function show(box: HTMLElement) {
  content ??= fetch(planContentHref)
    .then((r) => (r.ok ? (r.json() as Promise<PlanContent>) : null))
    .catch(() => null);
  const c = await content;
  const plan = c ? await planOf(c).catch(() => null) : null;
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
