// The home page's inline script (bundled by src/components/InlineScript.astro): the ✓/★ marks of
// the reading path and the progress panel with its "continue" link, drawn from the quick read.
import { homeTally } from '../lib/progress';
import { all, drawWith, paintMarks, text, type Saved } from './marks';

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
}, true);
