// The reader's plan: where they are across everything the guide saves (lessons read, checks passed,
// the self-assessment, the checklist, the one-on-one planner, the review) and what to do next, in
// order, each step linking to the page where they act. Pure: the page passes in the saved state
// and the content's summaries, and renders what comes back.
// The inputs are the saved slots' own shapes, written out here with only the fields the plan
// reads, so the app's values fit as they are and the plan depends on no storage module.
import { dayNumber, dayOf, dayOfTime, daysBetween, localDay } from './days';
import { planHrefs } from './hrefs';
import { reviewCounts, type ReviewCounts } from './schedule';
import type { ReviewState } from './review';
import { RHYTHMS, type Rhythm } from './rhythms';
import { nextWeekday, type Weekday } from './weekdays';

/* ---------- What the plan reads ---------- */

export interface PlanLesson {
  slug: string;
  title: string;
  /** Reading order, from 1. */
  order: number;
}
export interface PlanChecklistItem {
  id: string;
  /** The lesson the item belongs to. */
  lesson: string;
  text: string;
  /** The lesson section it comes from; not read by the plan. */
  section?: string;
  /** Set for a recurring habit. */
  every?: Rhythm;
}
/** An area of the self-assessment (a dimension) and the lesson that teaches it. */
export interface PlanArea {
  id: string;
  title: string;
  lesson: string;
}
export interface PlanContent {
  lessons: readonly PlanLesson[];
  /** Every checklist item, in the checklist's order. */
  checklist: readonly PlanChecklistItem[];
  /** The current assessment's areas, in the questionnaire's order. */
  areas: readonly PlanArea[];
  /** The assessment's bands (lowest first or not), to name the overall result; optional. */
  bands?: readonly { id: string; min: number; title: string }[];
  /**
   * Lesson slug -> the ids of its knowledge check's questions, so a question the site no longer has
   * (a check was rewritten) is not counted for review; optional, every saved question counts without it.
   */
  checkQuestions?: Readonly<Record<string, readonly string[]>>;
}

/** A saved self-assessment attempt: its date (ISO time), statement set and the score it had. */
export interface PlanAttempt {
  date: string;
  set: string;
  score?: { overall: number | null; areas: Record<string, number | null> };
}

/** The saved state, slot by slot; a slot left out reads as empty. */
export interface PlanState {
  /** Lesson slug -> when it was marked read. */
  progress?: { read: Record<string, string> };
  /** Lesson slug -> the knowledge check's record. */
  quizzes?: Record<string, { best: number; total: number; passed: boolean }>;
  assessment?: { attempts: readonly PlanAttempt[] };
  /** Item id -> its tick and, for a habit, the day it was last done (YYYY-MM-DD); a note alone is not a tick. */
  checklist?: { items: Record<string, { done: boolean; date?: string; note?: string }> };
  /** The one-on-one planner and wins log; null or left out when the planner was never used. */
  oneOnOne?: {
    wins: Record<string, { date: string }>;
    asks?: Record<string, unknown>;
    meetings: Record<string, { date: string }>;
    next: { progress: string; risks: string };
  } | null;
  review?: ReviewState | null;
  /** The plan page's own settings: the day the reader prepares their one-on-one. */
  settings?: { oneOnOneDay: Weekday | null } | null;
}

/* ---------- What the plan says ---------- */

export interface AreaChange {
  id: string;
  title: string;
  then: number;
  now: number;
  /** now - then */
  change: number;
}

export interface AssessmentWhere {
  /** The day of the latest scored attempt, or null when its saved date is unreadable. */
  day: string | null;
  overall: number | null;
  /** The band the overall score falls in (the highest whose minimum it reaches), when bands are given. */
  band: { id: string; title: string } | null;
  /** The lowest-scoring area (ties in questionnaire order), or null when every area scored 100 or none scored. */
  weakest: (PlanArea & { score: number }) | null;
  /** Days since the latest attempt, or null when its date is unreadable. */
  ageDays: number | null;
  /** The day of the attempt before it, or null when there is none. */
  previousDay: string | null;
  /** Change per area since the attempt before, over areas both scored; empty when the two answered different statement sets. */
  changes: AreaChange[];
}

export interface OneOnOneWhere {
  /** The day of the latest meeting on record, or null. */
  lastMeeting: string | null;
  /** Wins logged since the latest meeting (or, with none on record, in the last RECENT_WIN_DAYS days). */
  winsSince: number;
  /** Something is written for the next meeting's progress or risks. */
  agendaReady: boolean;
  /** Anything at all is in the planner: a win, an ask, a meeting or notes for the next one. */
  used: boolean;
  /** The day of the week the reader prepares their one-on-one, when they have chosen one. */
  prepDay: Weekday | null;
  /** The next preparation day from today (today itself when it is the day), or null with no day chosen. */
  nextPrep: string | null;
}

export interface Where {
  /** True when nothing at all is saved: the plan offers a short warm start. */
  newReader: boolean;
  lessons: { read: number; total: number };
  checks: { passed: number; taken: number; total: number };
  /** Items done (a habit counts while it is within its rhythm), all items, and habits due again. */
  checklist: { done: number; total: number; due: number };
  assessment: AssessmentWhere | null;
  oneOnOne: OneOnOneWhere | null;
  review: ReviewCounts;
}

export type StepKind =
  | 'start-reading'
  | 'take-assessment'
  | 'first-habit'
  | 'weakest-lesson'
  | 'weakest-item'
  | 'habit-due'
  | 'next-lesson'
  | 'retake-check'
  | 'review'
  | 'log-win'
  | 'prepare-one-on-one'
  | 'agenda-ready'
  | 'retake-assessment'
  | 'up-to-date';

export interface NextStep {
  kind: StepKind;
  /** What to do, in the reader's words. */
  text: string;
  /** Why, or what it refers to: a second, quieter line. */
  detail?: string;
  /** The page (and anchor) where the reader acts. */
  href: string;
  /** A day the step refers to (YYYY-MM-DD): a habit's last-done day, when the next one comes back. */
  day?: string;
  /** For 'retake-assessment': how each area moved between the last two attempts. */
  changes?: AreaChange[];
}

export interface Plan {
  where: Where;
  /** Never empty. */
  steps: NextStep[];
}

/** An attempt this old (in days) earns a gentle nudge to take the assessment again. */
export const RETAKE_AFTER_DAYS = 28;
/** With no meeting on record, wins from this many days back count as recent (as the planner does). */
export const RECENT_WIN_DAYS = 30;
/** How many due habits and open items of the weakest area the plan lists at most. */
export const MAX_HABITS = 3;
export const MAX_AREA_ITEMS = 2;

/* ---------- Pieces ---------- */

type ItemStatus = 'open' | 'done' | 'due';
/** A checklist item with its status today and, when ticked with a readable date, the day it was last done. */
interface PlanItem {
  item: PlanChecklistItem;
  status: ItemStatus;
  last?: string;
}

/** As the checklist reads it: a habit is done within its rhythm, and due again after it (or with no readable date). */
function itemStatus(item: PlanChecklistItem, entry: { done: boolean; date?: string } | undefined, today: string): ItemStatus {
  if (!entry?.done) return 'open';
  if (!item.every) return 'done';
  const since = daysBetween(entry.date, today);
  return since !== null && since < RHYTHMS[item.every].days ? 'done' : 'due';
}

const scoredAttempts = (attempts: readonly PlanAttempt[]) =>
  attempts
    .map((a, i) => ({ a, i, t: Date.parse(a.date) }))
    .filter(({ a }) => a.score !== undefined)
    // Oldest first; unreadable dates count as oldest, and saved order breaks ties.
    .sort((x, y) => (Number.isNaN(x.t) ? -Infinity : x.t) - (Number.isNaN(y.t) ? -Infinity : y.t) || x.i - y.i)
    .map(({ a }) => a as PlanAttempt & { score: NonNullable<PlanAttempt['score']> });

function assessmentWhere(
  attempts: readonly PlanAttempt[],
  areas: readonly PlanArea[],
  bands: PlanContent['bands'],
  today: string,
): AssessmentWhere | null {
  const scored = scoredAttempts(attempts);
  const latest = scored.at(-1);
  if (!latest) return null;
  const previous = scored.at(-2);
  const scores = areas.flatMap((area) => {
    const score = latest.score.areas[area.id];
    return typeof score === 'number' ? [{ ...area, score }] : [];
  });
  const lowest = scores.reduce<(typeof scores)[number] | null>((low, a) => (low === null || a.score < low.score ? a : low), null);
  const day = dayOfTime(latest.date);
  const changes =
    previous && previous.set === latest.set
      ? areas.flatMap((area) => {
          const then = previous.score.areas[area.id];
          const now = latest.score.areas[area.id];
          return typeof then === 'number' && typeof now === 'number'
            ? [{ id: area.id, title: area.title, then, now, change: now - then }]
            : [];
        })
      : [];
  const overall = latest.score.overall;
  const band = overall === null ? undefined : [...(bands ?? [])].sort((a, b) => b.min - a.min).find((b) => overall >= b.min);
  return {
    day,
    overall,
    band: band ? { id: band.id, title: band.title } : null,
    weakest: lowest && lowest.score < 100 ? lowest : null,
    ageDays: daysBetween(day, today),
    previousDay: previous ? dayOfTime(previous.date) : null,
    changes,
  };
}

function oneOnOneWhere(s: NonNullable<PlanState['oneOnOne']>, prepDay: Weekday | null, today: string): OneOnOneWhere {
  const meetings = Object.values(s.meetings)
    .map((m) => m.date)
    .filter((d) => dayNumber(d) !== null)
    .sort();
  const lastMeeting = meetings.at(-1) ?? null;
  // The meeting's own day counts: a win logged that afternoon may have come after it.
  const since = lastMeeting ?? dayOf(dayNumber(today)! - RECENT_WIN_DAYS);
  const winsSince = Object.values(s.wins).filter((w) => dayNumber(w.date) !== null && w.date >= since).length;
  const agendaReady = s.next.progress.trim() !== '' || s.next.risks.trim() !== '';
  const used =
    agendaReady || Object.keys(s.wins).length > 0 || Object.keys(s.meetings).length > 0 || Object.keys(s.asks ?? {}).length > 0;
  return { lastMeeting, winsSince, agendaReady, used, prepDay, nextPrep: prepDay ? nextWeekday(today, prepDay) : null };
}

const NO_ONE_ON_ONE: NonNullable<PlanState['oneOnOne']> = { wins: {}, meetings: {}, next: { progress: '', risks: '' } };

const knownIn = (questions: Readonly<Record<string, readonly string[]>>) => (lesson: string, question: string) =>
  questions[lesson]?.includes(question) === true;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** How an area moved between two attempts, in words: "Earning trust: from 50 to 58, up 8". */
export function changeLine(c: AreaChange): string {
  if (c.change === 0) return `${c.title}: ${c.now}, no change`;
  return `${c.title}: from ${c.then} to ${c.now}, ${c.change > 0 ? 'up' : 'down'} ${Math.abs(c.change)}`;
}

/** "4 weeks", "12 weeks", then "3 months", "14 months": how long ago, roughly, in words. */
export const howLong = (days: number) =>
  days < 91 ? plural(Math.floor(days / 7), 'week') : plural(Math.floor(days / 30.44), 'month');

/* ---------- The plan ---------- */

/** Where the reader is and what to do next, at `now` (the reader's local day is what counts). */
export function buildPlan(content: PlanContent, state: PlanState, now: Date): Plan {
  if (Number.isNaN(now.getTime())) throw new Error('buildPlan needs a valid time for now');
  const today = localDay(now);
  const lessons = [...content.lessons].sort((a, b) => a.order - b.order);
  const lessonBySlug = new Map(lessons.map((l) => [l.slug, l]));
  const read = state.progress?.read ?? {};
  const quizzes = state.quizzes ?? {};
  const ticks = state.checklist?.items ?? {};
  const attempts = state.assessment?.attempts ?? [];
  const review = state.review ?? { items: {} };

  const items: PlanItem[] = content.checklist.map((item) => {
    const entry = ticks[item.id];
    const last = entry?.done && dayNumber(entry.date) !== null ? entry.date : undefined;
    return { item, status: itemStatus(item, entry, today), ...(last ? { last } : {}) };
  });
  const assessment = assessmentWhere(attempts, content.areas, content.bands, today);
  const prepDay = state.settings?.oneOnOneDay ?? null;
  const oneOnOne = state.oneOnOne || prepDay ? oneOnOneWhere(state.oneOnOne ?? NO_ONE_ON_ONE, prepDay, today) : null;
  const slugs = lessons.map((l) => l.slug);

  const where: Where = {
    newReader:
      Object.keys(read).length === 0 &&
      Object.keys(quizzes).length === 0 &&
      attempts.length === 0 &&
      !Object.values(ticks).some((t) => t.done) &&
      !oneOnOne?.used &&
      Object.keys(review.items).length === 0,
    lessons: { read: slugs.filter((s) => s in read).length, total: lessons.length },
    checks: {
      passed: slugs.filter((s) => quizzes[s]?.passed === true).length,
      taken: slugs.filter((s) => s in quizzes).length,
      total: lessons.length,
    },
    checklist: {
      done: items.filter((i) => i.status === 'done').length,
      total: items.length,
      due: items.filter((i) => i.status === 'due').length,
    },
    assessment,
    oneOnOne,
    review: reviewCounts(review, now, content.checkQuestions ? knownIn(content.checkQuestions) : undefined),
  };

  const steps = where.newReader
    ? warmStart(content, lessons)
    : nextSteps(lessons, lessonBySlug, items, where, read, quizzes, today);
  return { where, steps };
}

/** A new reader's few first steps: the first lesson, the assessment, one small habit. */
function warmStart(content: PlanContent, lessons: readonly PlanLesson[]): NextStep[] {
  const steps: NextStep[] = [];
  const first = lessons[0];
  if (first)
    steps.push({
      kind: 'start-reading',
      text: `Start with lesson ${first.order}, ${first.title}`,
      detail: 'The guide keeps your place in this browser, so you can stop and come back.',
      href: planHrefs.lesson(first.slug),
    });
  if (content.areas.length > 0)
    steps.push({
      kind: 'take-assessment',
      text: 'Take the self-assessment',
      detail: 'It shows which area to work on first, and your plan picks it up from there.',
      href: planHrefs.assessment,
    });
  const habit = [...content.checklist].filter((i) => i.every).sort((a, b) => RHYTHMS[a.every!].days - RHYTHMS[b.every!].days)[0];
  if (habit)
    steps.push({
      kind: 'first-habit',
      text: habit.text,
      detail: `One small habit to try ${RHYTHMS[habit.every!].label}. Tick it on the checklist when you've done it.`,
      href: planHrefs.checklistItem(habit.id),
    });
  return steps.length > 0 ? steps : [{ kind: 'up-to-date', text: 'Have a look around the guide', href: '/' }];
}

function nextSteps(
  lessons: readonly PlanLesson[],
  lessonBySlug: ReadonlyMap<string, PlanLesson>,
  items: readonly PlanItem[],
  where: Where,
  read: Record<string, string>,
  quizzes: NonNullable<PlanState['quizzes']>,
  today: string,
): NextStep[] {
  const steps: NextStep[] = [];
  const add = (step: NextStep) => {
    if (!steps.some((s) => s.href === step.href)) steps.push(step);
  };

  // 1. The weakest area of the latest assessment: its lesson, then its items not done yet.
  const weakest = where.assessment?.weakest;
  if (weakest) {
    const lesson = lessonBySlug.get(weakest.lesson);
    const why = `Your lowest area in the self-assessment: ${weakest.title}, ${weakest.score} out of 100.`;
    if (lesson)
      add({
        kind: 'weakest-lesson',
        text: lesson.slug in read ? `Go back over ${lesson.title}` : `Read ${lesson.title}`,
        detail: why,
        href: planHrefs.lesson(lesson.slug),
      });
    items
      .filter((i) => i.item.lesson === weakest.lesson && i.status === 'open')
      .slice(0, MAX_AREA_ITEMS)
      .forEach(({ item }) =>
        add({
          kind: 'weakest-item',
          text: item.text,
          detail: `A step for ${weakest.title}, your lowest area.`,
          href: planHrefs.checklistItem(item.id),
        }),
      );
  }

  // 2. Habits that are due again, in checklist order.
  items
    .filter((i) => i.status === 'due')
    .slice(0, MAX_HABITS)
    .forEach(({ item, last }) =>
      add({
        kind: 'habit-due',
        text: item.text,
        detail: `Due again: a habit to keep up ${RHYTHMS[item.every!].label}.`,
        href: planHrefs.checklistItem(item.id),
        ...(last ? { day: last } : {}),
      }),
    );

  // 3. The next lesson not read yet.
  const unread = lessons.find((l) => !(l.slug in read));
  if (unread)
    add({ kind: 'next-lesson', text: `Read lesson ${unread.order}, ${unread.title}`, href: planHrefs.lesson(unread.slug) });

  // 4. A knowledge check that did not pass, the earliest in reading order.
  const failed = lessons.find((l) => quizzes[l.slug] && !quizzes[l.slug]!.passed);
  if (failed) {
    const q = quizzes[failed.slug]!;
    add({
      kind: 'retake-check',
      text: `Have another go at the knowledge check on ${failed.title}`,
      detail: `Your best so far is ${q.best} of ${q.total}.`,
      href: planHrefs.check(failed.slug),
    });
  }

  // 5. Questions missed in a check that are back for review today.
  if (where.review.due > 0)
    add({
      kind: 'review',
      text:
        where.review.due === 1
          ? 'A question you missed is back: answer it from memory'
          : `${where.review.due} questions you missed are back: answer them from memory, one at a time`,
      detail: 'Recalling an answer a few days later is what helps it stick.',
      href: planHrefs.review,
    });

  // 6. The one-on-one: a win to log, and the agenda.
  const oo = where.oneOnOne;
  const prepToday = oo?.nextPrep === today ? 'Today is the day you set aside to prepare it. ' : '';
  if (oo && !oo.used)
    add({
      kind: 'prepare-one-on-one',
      text: 'Plan your next one-on-one',
      detail: `${prepToday}Log your wins as they happen, and the planner builds the agenda from them.`,
      href: planHrefs.agenda,
    });
  else if (oo) {
    if (oo.winsSince === 0)
      add({
        kind: 'log-win',
        text: oo.lastMeeting
          ? 'Log a win from the time since your last one-on-one'
          : 'Log a recent win while the details are fresh',
        detail: 'Your next agenda leads with your wins.',
        href: planHrefs.logWin,
      });
    add(
      oo.agendaReady
        ? {
            kind: 'agenda-ready',
            text: 'Your agenda for the next one-on-one is ready: look it over before you go in',
            ...(oo.winsSince > 0 ? { detail: `It leads with ${plural(oo.winsSince, 'win')} logged since your last one.` } : {}),
            href: planHrefs.agenda,
          }
        : {
            kind: 'prepare-one-on-one',
            text: 'Prepare your next one-on-one: note your progress and any risks',
            ...(oo.winsSince > 0 || prepToday
              ? {
                  detail: `${prepToday}${oo.winsSince > 0 ? `You have ${plural(oo.winsSince, 'win')} to lead with.` : ''}`.trim(),
                }
              : {}),
            href: planHrefs.agenda,
          },
    );
  }

  // 7. The assessment: taken never, or long enough ago to see what has changed.
  const a = where.assessment;
  if (!a)
    add({
      kind: 'take-assessment',
      text: 'Take the self-assessment',
      detail: 'It shows which area to work on first.',
      href: planHrefs.assessment,
    });
  else if (a.ageDays !== null && a.ageDays >= RETAKE_AFTER_DAYS)
    add({
      kind: 'retake-assessment',
      text: `It's been ${howLong(a.ageDays)} since your self-assessment: when you're ready, take it again to see what's changed`,
      ...(a.changes.length > 0 ? { detail: 'How each area moved between your last two attempts:' } : {}),
      href: planHrefs.assessment,
      ...(a.day ? { day: a.day } : {}),
      changes: a.changes,
    });

  // Never an empty plan: with nothing to do today, say when the next habit comes back.
  if (steps.length === 0) steps.push(upToDate(items, today));
  return steps;
}

/** The step of a reader with nothing to do today: when the next habit comes back, if one is waiting. */
function upToDate(items: readonly PlanItem[], today: string): NextStep {
  const coming = items
    .filter((i) => i.status === 'done' && i.item.every && i.last)
    .map((i) => ({ item: i.item, day: dayOf(dayNumber(i.last)! + RHYTHMS[i.item.every!].days) }))
    .filter((c) => c.day > today)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))[0];
  return coming
    ? {
        kind: 'up-to-date',
        text: "You're up to date. Nothing is due today.",
        detail: `Next to come back: ${coming.item.text}`,
        href: planHrefs.checklistItem(coming.item.id),
        day: coming.day,
      }
    : { kind: 'up-to-date', text: "You're up to date. Nothing is due today.", href: planHrefs.checklist };
}
