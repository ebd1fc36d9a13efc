// One-line, plain-language summaries of each saved slot, for the My data page and the import preview.
import type { AssessmentState } from './storage/slots/assessment';
import type { ChecklistState } from './storage/slots/checklist';
import type { Progress } from './storage/slots/progress';
import type { QuizResults } from './storage/slots/knowledge-checks';
import type { WorksheetState } from './storage/slots/worksheet';
import { summarizeDrafts, type DraftsState } from './toolkit/bad-news';
import { summarizeManuals, type ManualsState } from './toolkit/boss-manual';
import { oneOnOneSummary, type OneOnOneState } from './toolkit/one-on-one';
import { reviewCounts, type ReviewState } from './plan/review';
import { formDraftsSummary, type FormDrafts } from './form-drafts';
import { planSettingsSummary, type PlanSettings } from './plan/settings';
import { DAY_NAMES } from './plan/weekdays';
import { skipLevelSummary, type SkipLevelState } from './toolkit/skip-level';
import { versionCount } from './storage/versions';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * `totals` (from the page's content) turns "12 items ticked" into "12 of 31 ticked". Fields two
 * tabs changed at once are counted, so My data shows the other versions are kept too.
 */
export function summarize(slot: string, data: unknown, totals: { checklist?: number; lessons?: number } = {}): string {
  const versions = versionCount(data);
  const line = summarizeSlot(slot, data, totals);
  return versions ? `${line}; ${plural(versions, 'field')} with two versions to choose from` : line;
}

function summarizeSlot(slot: string, data: unknown, totals: { checklist?: number; lessons?: number }): string {
  switch (slot) {
    case 'progress': {
      const n = Object.keys((data as Progress).read).length;
      return totals.lessons ? `${n} of ${totals.lessons} lessons marked as read` : `${plural(n, 'lesson')} marked as read`;
    }
    case 'checklist': {
      const items = Object.values((data as ChecklistState).items);
      const notes = items.filter((i) => i.note || i.date).length;
      const ticked = items.filter((i) => i.done).length;
      const head = totals.checklist ? `${ticked} of ${totals.checklist} ticked` : `${plural(ticked, 'item')} ticked`;
      return `${head}${notes ? `, ${plural(notes, 'date or note', 'dates or notes')}` : ''}`;
    }
    case 'quizzes': {
      const r = Object.values(data as QuizResults);
      return `${plural(r.length, 'knowledge check')} taken, ${r.filter((x) => x.passed).length} passed`;
    }
    case 'review': {
      // Whether a question is learned does not depend on the day; only "due" does, and it is not shown.
      const { due, waiting, learned } = reviewCounts(data as ReviewState, new Date());
      return `${plural(due + waiting, 'missed question')} coming back for review, ${learned} learned`;
    }
    case 'assessment': {
      const a = data as AssessmentState;
      const draft = Object.keys(a.draft).length;
      const unfinished = a.attempts.filter((x) => x.unfinished).length;
      return `${plural(a.attempts.length - unfinished, 'completed attempt')}${unfinished ? `, ${plural(unfinished, 'unfinished attempt')} kept from earlier statements` : ''}${draft ? `, one in progress (${plural(draft, 'answer')})` : ''}`;
    }
    case 'worksheet': {
      const w = data as WorksheetState;
      const answers = w.sheets.reduce((n, s) => n + Object.values(s.answers).filter((v) => v.trim()).length, 0);
      return `${plural(w.sheets.length, 'worksheet')} (${w.sheets.map((s) => s.name).join(', ')}), ${plural(answers, 'answer')}`;
    }
    case 'boss-manual':
      return summarizeManuals(data as ManualsState);
    case 'bad-news':
      return summarizeDrafts(data as DraftsState);
    case 'one-on-one':
      return oneOnOneSummary(data as OneOnOneState);
    case 'plan':
      return planSettingsSummary(data as PlanSettings, (d) => DAY_NAMES[d]);
    case 'skip-level':
      return skipLevelSummary(data as SkipLevelState);
    case 'form-drafts':
      return formDraftsSummary(data as FormDrafts);
    default:
      return 'saved data';
  }
}
