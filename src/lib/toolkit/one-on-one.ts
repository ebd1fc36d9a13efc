// The one-on-one planner and wins log: what it saves, the next meeting's agenda built from it, and
// the wins grouped by quarter for a performance review. Pure logic; the island only renders it.
// Log entries live in records keyed by id (not arrays), so two tabs that each add a win merge
// entry by entry instead of one list replacing the other.
import { z } from 'zod/mini';
import type { z as az } from 'astro/zod';
import type { oneOnOneSchema } from '../../schemas/one-on-one';
import { byDateDesc, dropEntry, patchEntry, putEntry } from '../records';
import { dayLabel } from '../dates';
import { daySchema, textSchema } from './saved-fields';

export type OneOnOneDef = az.output<typeof oneOnOneSchema>;
export type SectionId = OneOnOneDef['agenda'][number]['id'];

/** An open question from your boss's user manual (an answer still marked as a guess). */
export interface OpenQuestion {
  fieldId: string;
  question: string;
  /** The reader's current guess, shown beside the question so they can check it. */
  guess?: string;
}

const winSchema = z.object({
  date: daySchema,
  what: textSchema(),
  impact: textSchema(),
  helped: textSchema(400),
});
const askSchema = z.object({ date: daySchema, what: textSchema(), done: z.boolean() });
const actionSchema = z.object({ text: textSchema(1000), owner: textSchema(200), done: z.boolean() });
const meetingSchema = z.object({
  date: daySchema,
  /** The agenda as it stood when the meeting started, as text, so the record shows what was planned. */
  agenda: textSchema(20000),
  careerQuestion: textSchema(400),
  notes: textSchema(),
  actions: z.record(z.string(), actionSchema),
});

export const oneOnOneStateSchema = z.object({
  wins: z.record(z.string(), winSchema),
  asks: z.record(z.string(), askSchema),
  /** What the reader is preparing for the next meeting. */
  next: z.object({ progress: textSchema(), risks: textSchema() }),
  meetings: z.record(z.string(), meetingSchema),
  /** Fields two tabs changed at once: field path -> the texts not in the field (storage/versions.ts). */
  otherVersions: z.optional(z.record(z.string(), z.array(z.string()))),
});

export type OneOnOneState = z.output<typeof oneOnOneStateSchema>;
export type Win = z.output<typeof winSchema>;
export type Ask = z.output<typeof askSchema>;
export type Meeting = z.output<typeof meetingSchema>;
export type Action = z.output<typeof actionSchema>;

export const emptyOneOnOne = (): OneOnOneState => ({ wins: {}, asks: {}, next: { progress: '', risks: '' }, meetings: {} });

/** The saved value if it has the current shape (unknown fields dropped), else null. */
export function parseOneOnOne(data: unknown): OneOnOneState | null {
  const r = oneOnOneStateSchema.safeParse(data);
  return r.success ? r.data : null;
}

/* ---------- The agenda ---------- */

export interface AgendaItem {
  text: string;
  /** A second line: a win's impact and who helped, an action's owner. */
  detail?: string;
}
export interface AgendaSection {
  id: SectionId;
  title: string;
  hint: string;
  items: AgendaItem[];
}

/** How many wins the agenda leads with; the rest stay in the log. */
export const AGENDA_WINS = 3;
/** With no meeting on record, wins from this many days back count as recent. */
export const RECENT_DAYS = 30;

export const meetingsNewestFirst = (s: OneOnOneState) => byDateDesc(s.meetings);
export const lastMeeting = (s: OneOnOneState) => meetingsNewestFirst(s)[0];

/** The day `days` before a YYYY-MM-DD day. */
function daysBefore(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! - days)).toISOString().slice(0, 10);
}

/** Wins since the last meeting (the day of the meeting counts: it may have come after it), newest first. */
export function recentWins(s: OneOnOneState, today: string) {
  const since = lastMeeting(s)?.date ?? daysBefore(today, RECENT_DAYS);
  return byDateDesc(s.wins).filter((w) => w.date >= since);
}

/** Actions agreed in past meetings and not yet done, oldest meeting first. */
export function openActions(s: OneOnOneState) {
  return meetingsNewestFirst(s)
    .reverse()
    .flatMap((m) =>
      Object.entries(m.actions)
        .filter(([, a]) => !a.done)
        .map(([id, a]) => ({ ...a, id, meetingId: m.id, meetingDate: m.date })),
    );
}

export const openAsks = (s: OneOnOneState) => byDateDesc(s.asks).filter((a) => !a.done);

/**
 * The career question for the next meeting: the first one not yet asked; once all have been,
 * the one asked longest ago. Deterministic, so the page and its print agree.
 */
export function pickCareerQuestion(questions: readonly string[], s: OneOnOneState): string {
  const lastAsked = new Map<string, string>();
  for (const m of meetingsNewestFirst(s).reverse()) lastAsked.set(m.careerQuestion, m.date);
  const fresh = questions.find((q) => !lastAsked.has(q));
  if (fresh !== undefined) return fresh;
  return (
    [...questions].sort((a, b) =>
      lastAsked.get(a)! < lastAsked.get(b)! ? -1 : lastAsked.get(a)! > lastAsked.get(b)! ? 1 : 0,
    )[0] ?? ''
  );
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export interface AgendaInput {
  def: OneOnOneDef;
  state: OneOnOneState;
  /** Open questions from your boss's user manual (`openQuestions(manual)`); none when there is no manual. */
  questions: readonly OpenQuestion[];
  /** Today, YYYY-MM-DD. */
  today: string;
}

/** The next one-on-one's agenda, in the order the data gives its sections. */
export function buildAgenda({ def, state, questions, today }: AgendaInput): AgendaSection[] {
  const wins = recentWins(state, today);
  const items: Record<SectionId, AgendaItem[]> = {
    wins: wins.slice(0, AGENDA_WINS).map((w) => ({
      text: w.what,
      detail: [w.impact, w.helped && `with ${w.helped}`].filter(Boolean).join(' · ') || undefined,
    })),
    questions: questions.map((q) => ({ text: q.question, detail: q.guess ? `my guess: ${q.guess}` : undefined })),
    progress: [
      ...openActions(state).map((a) => ({
        text: a.text,
        detail: `agreed ${dayLabel(a.meetingDate)}${a.owner ? `, ${a.owner}` : ''}`,
      })),
      ...lines(state.next.progress).map((text) => ({ text })),
    ],
    risks: [
      ...lines(state.next.risks).map((text) => ({ text })),
      ...openAsks(state).map((a) => ({ text: a.what, detail: 'an ask' })),
    ],
    career: [{ text: pickCareerQuestion(def.careerQuestions, state) }],
  };
  return def.agenda.map((sec) => ({ id: sec.id, title: sec.title, hint: sec.hint, items: items[sec.id] }));
}

/** The agenda as plain text, to paste into a calendar invite or a message. */
export function agendaText(agenda: readonly AgendaSection[], date?: string): string {
  const out = [date ? `One-on-one, ${dayLabel(date)}` : 'One-on-one agenda', ''];
  for (const sec of agenda) {
    if (sec.items.length === 0) continue;
    out.push(sec.title);
    for (const it of sec.items) out.push(`- ${it.text}${it.detail ? ` (${it.detail})` : ''}`);
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}

/** Starts the record of a meeting: the agenda as it stood, the career question; clears the prep. */
export function startMeeting(s: OneOnOneState, id: string, date: string, agenda: readonly AgendaSection[]): OneOnOneState {
  const career = agenda.find((a) => a.id === 'career')?.items[0]?.text ?? '';
  return {
    ...s,
    next: { progress: '', risks: '' },
    meetings: { ...s.meetings, [id]: { date, agenda: agendaText(agenda), careerQuestion: career, notes: '', actions: {} } },
  };
}

/* ---------- The review summary ---------- */

/* ---------- What the reader changes (the island calls these; each returns the next state) ---------- */

export const addWin = (s: OneOnOneState, id: string, win: Win): OneOnOneState => ({ ...s, wins: putEntry(s.wins, id, win) });
export const removeWin = (s: OneOnOneState, id: string): OneOnOneState => ({ ...s, wins: dropEntry(s.wins, id) });
export const addAsk = (s: OneOnOneState, id: string, date: string, what: string): OneOnOneState => ({
  ...s,
  asks: putEntry(s.asks, id, { date, what, done: false }),
});
export const settleAsk = (s: OneOnOneState, id: string): OneOnOneState => ({
  ...s,
  asks: patchEntry(s.asks, id, { done: true }),
});
/** One of the two agenda items the reader writes before the meeting. */
export const setNext = (s: OneOnOneState, key: 'progress' | 'risks', text: string): OneOnOneState => ({
  ...s,
  next: { ...s.next, [key]: text },
});
export const setNotes = (s: OneOnOneState, meetingId: string, notes: string): OneOnOneState => ({
  ...s,
  meetings: patchEntry(s.meetings, meetingId, { notes }),
});
/** An action agreed in a meeting; nothing changes when the meeting is gone (another tab removed it). */
export function addAction(s: OneOnOneState, meetingId: string, id: string, action: Action): OneOnOneState {
  const m = s.meetings[meetingId];
  return m ? { ...s, meetings: patchEntry(s.meetings, meetingId, { actions: putEntry(m.actions, id, action) }) } : s;
}
/** Ticks or unticks an action; `null` removes it. */
export function setAction(s: OneOnOneState, meetingId: string, actionId: string, done: boolean | null): OneOnOneState {
  const actions = s.meetings[meetingId]?.actions ?? {};
  const next = done === null ? dropEntry(actions, actionId) : patchEntry(actions, actionId, { done });
  return { ...s, meetings: patchEntry(s.meetings, meetingId, { actions: next }) };
}

export interface QuarterGroup {
  /** "2026-Q3" */
  key: string;
  /** "July to September 2026" */
  label: string;
  wins: (Win & { id: string })[];
}

const QUARTER_MONTHS = ['January to March', 'April to June', 'July to September', 'October to December'];

/** Wins grouped by calendar quarter, newest quarter first, newest win first within it. */
export function winsByQuarter(wins: OneOnOneState['wins']): QuarterGroup[] {
  const groups = new Map<string, QuarterGroup>();
  for (const w of byDateDesc(wins)) {
    const year = w.date.slice(0, 4);
    const q = Math.floor((Number(w.date.slice(5, 7)) - 1) / 3);
    const key = `${year}-Q${q + 1}`;
    if (!groups.has(key)) groups.set(key, { key, label: `${QUARTER_MONTHS[q]} ${year}`, wins: [] });
    groups.get(key)!.wins.push(w);
  }
  return [...groups.values()];
}

/** The wins log as Markdown, for a review form or a document. */
export function reviewMarkdown(def: OneOnOneDef, s: OneOnOneState): string {
  const out = [`# ${def.review.title}`, '', def.review.intro, ''];
  for (const g of winsByQuarter(s.wins)) {
    out.push(`## ${g.label}`, '');
    for (const w of g.wins) {
      out.push(`- **${dayLabel(w.date)}**: ${w.what}`);
      if (w.impact) out.push(`  - ${def.win.impact}: ${w.impact}`);
      if (w.helped) out.push(`  - ${def.win.helped}: ${w.helped}`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One plain line for the My data page: "3 wins, 1 open ask, 2 meetings". */
export function oneOnOneSummary(s: OneOnOneState): string {
  return [
    count(Object.keys(s.wins).length, 'win'),
    count(openAsks(s).length, 'open ask'),
    count(Object.keys(s.meetings).length, 'meeting'),
  ].join(', ');
}
