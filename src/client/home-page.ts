// The home page's inline script (bundled by src/components/InlineScript.astro): the ✓/★ marks of
// the reading path and the progress panel with its "continue" link, drawn from the quick read.
// For a reader with something saved it also makes room for the short plan at once (so nothing
// moves later) and, when the browser is idle, loads the module that fills it (home-plan.ts).
import { homeTally } from '../lib/progress';
import { hasPlan } from '../lib/plan/short';
import { all, drawWith, paintMarks, text, type Saved } from './marks';
import type * as HomePlan from './home-plan';

/** The URL of home-plan.ts, set by InlineScript.astro when it bundles this script. */
declare const PLAN_URL: string;

let plan: Promise<typeof HomePlan> | undefined;
const short = document.querySelector<HTMLElement>('[data-plan-short]');

/**
 * Has the short plan filled when the browser is idle, when anything the plan reads is saved. Its
 * room was opened as the page was read (plan-room.ts, right after the card); this opens it too for
 * what another tab saves since. Once filled, home-plan.ts decides what shows ("none" when there is
 * nothing to say after all); later calls, after a save, only have it filled again.
 */
function planRoom() {
  if (!short) return;
  let saved = false;
  try {
    saved = hasPlan((name) => localStorage.getItem(`managing-up:${name}`) !== null);
  } catch {
    // A storage that throws has nothing to show.
  }
  if (!saved) return;
  if (short.dataset.planShort === '') short.dataset.planShort = 'on';
  const fill = () => void (plan ??= import(PLAN_URL) as Promise<typeof HomePlan>).then((m) => m.show(short));
  // Once the browser is idle (Safari has no requestIdleCallback: a moment after).
  if ('requestIdleCallback' in window) requestIdleCallback(fill);
  else setTimeout(fill, 50);
}
planRoom();

drawWith((s: Saved) => {
  paintMarks(s);
  const home = document.querySelector<HTMLElement>('[data-home-progress]');
  if (!home) return;
  const path = all('.path li[data-lesson]');
  const t = homeTally(
    path.map((li) => li.dataset.lesson ?? ''),
    s.progress,
    s.quizzes,
    s.checklist,
    Number(home.dataset.checklistTotal),
  );
  text(home, '[data-count=read]', `${t.read}`);
  text(home, '[data-count=percent]', `${t.percent}`);
  text(home, '[data-count=passed]', `${t.passed}`);
  text(home, '[data-count=ticked]', `${t.ticked}`);
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
  planRoom();
}, true);
