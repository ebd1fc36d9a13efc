// The shapes of everything the site saves, one slot per feature, with hand-written validators
// (no schema library: these run in the browser, where every kilobyte counts).
// Validators rebuild each value from the fields they know, so unknown fields (from an import or a
// hand-edited value) are dropped, never carried along.
import { migrateAssessmentV1 } from './assessment-v1';
import { migrateChecklistV1 } from './checklist';
import { mergeJson } from './merge';
import { isRecord, type AnySlot, type Slot } from './storage';

const isString = (v: unknown): v is string => typeof v === 'string';
const isInt = (v: unknown, min = -Infinity, max = Infinity): v is number =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const isIsoDate = (v: unknown): v is string => isString(v) && !Number.isNaN(Date.parse(v));
/** Checks every value of a record; returns a copy or null. */
function recordOf<T>(v: unknown, check: (x: unknown) => x is T): Record<string, T> | null {
  if (!isRecord(v)) return null;
  const out: Record<string, T> = {};
  for (const [k, x] of Object.entries(v)) {
    if (!check(x)) return null;
    out[k] = x;
  }
  return out;
}

/* ---------- Reading progress ---------- */
export interface Progress {
  /** Lesson slug -> when it was marked read (ISO date). */
  read: Record<string, string>;
}
export const progressSlot: Slot<Progress> = {
  name: 'progress',
  label: 'your reading progress',
  version: 1,
  empty: () => ({ read: {} }),
  validate: (d) => {
    if (!isRecord(d)) return null;
    const read = recordOf(d.read, isIsoDate);
    return read ? { read } : null;
  },
};

/* ---------- Knowledge checks ---------- */
export interface QuizAttempt {
  date: string;
  score: number;
  total: number;
  /** Question id -> chosen option index (in the data's own order, not the shuffled one). */
  answers: Record<string, number>;
}
export interface QuizRecord {
  best: number;
  total: number;
  passed: boolean;
  attempts: number;
  last: QuizAttempt;
}
export type QuizResults = Record<string, QuizRecord>;

const isAttempt = (v: unknown): v is QuizAttempt =>
  isRecord(v) &&
  isIsoDate(v.date) &&
  isInt(v.score, 0) &&
  isInt(v.total, 1) &&
  recordOf(v.answers, (x): x is number => isInt(x, 0)) !== null;
const isQuizRecord = (v: unknown): v is QuizRecord =>
  isRecord(v) &&
  isInt(v.best, 0) &&
  isInt(v.total, 1) &&
  typeof v.passed === 'boolean' &&
  isInt(v.attempts, 1) &&
  isAttempt(v.last);

export const quizSlot: Slot<QuizResults> = {
  name: 'quizzes',
  label: 'your knowledge-check results',
  version: 1,
  empty: () => ({}),
  validate: (d) => {
    const records = recordOf(d, isQuizRecord);
    if (!records) return null;
    const out: QuizResults = {};
    for (const [id, r] of Object.entries(records)) {
      const { date, score, total, answers } = r.last;
      out[id] = {
        best: r.best,
        total: r.total,
        passed: r.passed,
        attempts: r.attempts,
        last: { date, score, total, answers: { ...answers } },
      };
    }
    return out;
  },
};

/* ---------- Self-assessment ---------- */
/** Statement id -> answer as the reader gave it (before reverse scoring): 1..5, or 0 for "Hasn't come up". */
export type Ratings = Record<string, number>;
/** A score as it was given: 0-100, or null where too few statements applied. */
export interface AttemptScore {
  overall: number | null;
  areas: Record<string, number | null>;
}
export interface AssessmentAttempt {
  date: string;
  /** The statement set answered (`set` in assessment.yaml; "v1" for attempts saved before sets had names). */
  set: string;
  answers: Ratings;
  /** The score it had when taken, so an attempt from an earlier set keeps its own. */
  score?: AttemptScore;
}
export interface AssessmentState {
  draft: Ratings;
  attempts: AssessmentAttempt[];
}
const isRatings = (v: unknown): v is Ratings => recordOf(v, (x): x is number => isInt(x, 0, 5)) !== null;
const isScoreValue = (x: unknown): x is number | null => x === null || isInt(x, 0, 100);
const isAttemptScore = (v: unknown): v is AttemptScore =>
  isRecord(v) && isScoreValue(v.overall) && recordOf(v.areas, isScoreValue) !== null;
const isAssessmentAttempt = (a: unknown): a is AssessmentAttempt =>
  isRecord(a) &&
  isIsoDate(a.date) &&
  isString(a.set) &&
  isRatings(a.answers) &&
  (a.score === undefined || isAttemptScore(a.score));
export const assessmentSlot: Slot<AssessmentState> = {
  name: 'assessment',
  label: 'your self-assessment',
  // v1 attempts held only answers; v2 attempts also record their statement set and score.
  version: 2,
  empty: () => ({ draft: {}, attempts: [] }),
  validate: (d) => {
    if (!isRecord(d) || !isRatings(d.draft) || !Array.isArray(d.attempts)) return null;
    if (!d.attempts.every(isAssessmentAttempt)) return null;
    const attempts = d.attempts.map((a): AssessmentAttempt => ({
      date: a.date,
      set: a.set,
      answers: { ...a.answers },
      ...(a.score && { score: { overall: a.score.overall, areas: { ...a.score.areas } } }),
    }));
    return { draft: { ...d.draft }, attempts };
  },
  migrations: { 1: migrateAssessmentV1 },
  // Per rating in the draft; attempts from two tabs are both kept.
  merge: (base, local, stored) => mergeJson(base, local, stored, { arrays: { attempts: (a) => (a as AssessmentAttempt).date } }),
};

/* ---------- Checklist ---------- */
export interface ChecklistEntry {
  done: boolean;
  /** Optional date the reader did it, or last did it for a recurring item (YYYY-MM-DD), and a note. */
  date?: string;
  note?: string;
}
/** The entry of an item that is no longer on the checklist, with the item's words, so nothing typed is lost. */
export interface KeptEntry extends ChecklistEntry {
  id: string;
  text: string;
}
export interface ChecklistState {
  items: Record<string, ChecklistEntry>;
  kept: KeptEntry[];
}
const isEntry = (v: unknown): v is ChecklistEntry =>
  isRecord(v) &&
  typeof v.done === 'boolean' &&
  (v.date === undefined || isString(v.date)) &&
  (v.note === undefined || isString(v.note));
const isKept = (v: unknown): v is KeptEntry => isEntry(v) && isString((v as KeptEntry).id) && isString((v as KeptEntry).text);
export const checklistSlot: Slot<ChecklistState> = {
  name: 'checklist',
  label: 'your checklist',
  // v2 renamed and removed items (notes of removed ones are kept) and added `kept`.
  version: 2,
  empty: () => ({ items: {}, kept: [] }),
  validate: (d) => {
    if (!isRecord(d) || !Array.isArray(d.kept) || !d.kept.every(isKept)) return null;
    const items = recordOf(d.items, isEntry);
    if (!items) return null;
    const entry = (e: ChecklistEntry): ChecklistEntry => ({
      done: e.done,
      ...(e.date !== undefined && { date: e.date }),
      ...(e.note !== undefined && { note: e.note }),
    });
    const rebuilt: Record<string, ChecklistEntry> = {};
    for (const [id, e] of Object.entries(items)) rebuilt[id] = entry(e);
    const kept = (d.kept as KeptEntry[]).map((k) => ({ ...entry(k), id: k.id, text: k.text }));
    return { items: rebuilt, kept };
  },
  migrations: { 1: migrateChecklistV1 },
};

/* ---------- Worksheets ---------- */
export interface Worksheet {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  /** Prompt id -> answer (text, or the scale value as a string). */
  answers: Record<string, string>;
}
export interface WorksheetState {
  activeId: string;
  sheets: Worksheet[];
}
const isSheet = (v: unknown): v is Worksheet =>
  isRecord(v) &&
  isString(v.id) &&
  isString(v.name) &&
  isIsoDate(v.createdAt) &&
  isIsoDate(v.updatedAt) &&
  recordOf(v.answers, isString) !== null;

export const newSheet = (name: string, now: Date = new Date(), id = `ws-${now.getTime().toString(36)}`): Worksheet => ({
  id,
  name,
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
  answers: {},
});

export const worksheetSlot: Slot<WorksheetState> = {
  name: 'worksheet',
  label: 'your worksheets',
  // v1 held a single worksheet ({ answers, updatedAt }); v2 holds several, each named.
  version: 2,
  empty: () => {
    const sheet = newSheet('My current boss', new Date(0), 'ws-first');
    return { activeId: sheet.id, sheets: [sheet] };
  },
  validate: (d) => {
    if (!isRecord(d) || !isString(d.activeId) || !Array.isArray(d.sheets) || d.sheets.length === 0) return null;
    if (!d.sheets.every(isSheet)) return null;
    // Ids must be unique (an edited or imported file may repeat one): a repeat gets a new id.
    const seen = new Set<string>();
    const sheets = (d.sheets as Worksheet[]).map((s): Worksheet => {
      let id = s.id;
      for (let n = 2; seen.has(id); n++) id = `${s.id}-${n}`;
      seen.add(id);
      return { id, name: s.name, createdAt: s.createdAt, updatedAt: s.updatedAt, answers: { ...s.answers } };
    });
    const activeId = sheets.some((s) => s.id === d.activeId) ? d.activeId : sheets[0]!.id;
    return { activeId, sheets };
  },
  // Per answer, per sheet; which sheet is showing belongs to this tab; edit times never conflict.
  merge: (base, local, stored) => {
    const m = mergeJson(base, local, stored, {
      arrays: { sheets: (s) => (s as Worksheet).id },
      quiet: ['sheets/updatedAt', 'activeId'],
    });
    const sheets = m.value.sheets.length > 0 ? m.value.sheets : stored.sheets;
    const activeId = sheets.some((s) => s.id === local.activeId) ? local.activeId : sheets[0]!.id;
    return { value: { activeId, sheets }, conflicts: m.conflicts };
  },
  migrations: {
    1: (old) => {
      if (!isRecord(old)) throw new Error('not a worksheet');
      const answers = recordOf(old.answers, isString);
      if (!answers) throw new Error('bad answers');
      const updatedAt = isIsoDate(old.updatedAt) ? old.updatedAt : new Date(0).toISOString();
      return {
        activeId: 'ws-first',
        sheets: [{ id: 'ws-first', name: 'My current boss', createdAt: updatedAt, updatedAt, answers }],
      };
    },
  },
};

/** Every slot, in the order the My data page lists them. */
export const ALL_SLOTS: readonly AnySlot[] = [progressSlot, checklistSlot, quizSlot, assessmentSlot, worksheetSlot];
