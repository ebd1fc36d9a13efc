// "Your boss's user manual": what the reader knows (or guesses) about how their boss works, one
// manual per boss. The shape, its edits, the guesses turned into one-on-one questions, and the
// plain-text export live here; the page's island only renders and wires events.
// Field ids and choice ids are fixed here (the saved data depends on them); the words readers see
// (labels, hints, choice labels) live in src/data/toolkit/boss-manual.json, checked against these ids.
import * as z from 'zod/mini';
import { textFileName } from '../file-name';
import { dropVersionsUnder } from '../storage/versions';

/** How a boss likes to be reached. */
export const CHANNELS = ['chat', 'email', 'call', 'in-person', 'video', 'one-on-one'] as const;
/** How a boss likes information shaped (the communicate lesson's three leanings). */
export const FORMATS = ['headline', 'data', 'discussion'] as const;
export type Channel = (typeof CHANNELS)[number];
export type Format = (typeof FORMATS)[number];

/**
 * Every field of a manual, in order, with the question a guess turns into. The question is said
 * to the boss, so it is asked openly and never quotes the guess back at them.
 */
export const MANUAL_FIELDS = [
  { id: 'goals', kind: 'text', question: 'What are the two or three results you most need from the team this quarter?' },
  { id: 'pressure', kind: 'text', question: "What's your own boss pushing you hardest on right now?" },
  {
    id: 'channel-routine',
    kind: 'channel',
    question: "For routine updates, what's easiest for you: email, chat, or saving it for our one-on-one?",
  },
  {
    id: 'channel-important',
    kind: 'channel',
    question: "When something matters but isn't on fire, how would you like to hear about it?",
  },
  { id: 'channel-urgent', kind: 'channel', question: "If something's urgent, what's the fastest way to reach you?" },
  { id: 'channel-notes', kind: 'text', question: "Are there times or ways you'd rather I didn't contact you?" },
  {
    id: 'format',
    kind: 'format',
    question: 'When I bring you an update, do you want the headline, the numbers, or to talk it through?',
  },
  {
    id: 'format-notes',
    kind: 'text',
    question: 'Is there anything about how I write my updates that would make them easier for you?',
  },
  { id: 'rhythm', kind: 'text', question: 'What are the big dates in your month that I should plan my work around?' },
  { id: 'busy-times', kind: 'text', question: 'When are you most swamped, so I know when not to pile things on?' },
  { id: 'values', kind: 'text', question: 'What does great work from me look like to you?' },
  { id: 'pet-peeves', kind: 'text', question: 'Is there anything people on the team do that makes your job harder?' },
  { id: 'strengths', kind: 'text', question: 'What would you most like people to come to you for?' },
] as const satisfies readonly { id: string; kind: 'text' | 'channel' | 'format'; question: string }[];

export type FieldId = (typeof MANUAL_FIELDS)[number]['id'];
export const FIELD_IDS = MANUAL_FIELDS.map((f) => f.id) as [FieldId, ...FieldId[]];

/* ---------- The saved shape (one schema, types inferred from it) ---------- */

export const answerSchema = z.object({
  value: z.string(),
  /** True while the reader has marked the answer "a guess — check it". */
  guess: z.boolean(),
});

export const manualSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** The boss's name, or whatever the reader calls this manual. */
  name: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Field id -> answer. Unknown field ids are kept, so a newer manual's fields survive a round trip. */
  fields: z.record(z.string(), answerSchema),
});

export const manualsSchema = z
  .object({
    activeId: z.string(),
    manuals: z.array(manualSchema).check(z.minLength(1)),
    /** Answers two tabs changed at once: field path -> the texts not in the field (storage/versions.ts). */
    otherVersions: z.optional(z.record(z.string(), z.array(z.string()))),
  })
  .check(z.refine((s) => new Set(s.manuals.map((m) => m.id)).size === s.manuals.length, 'manual ids must be unique'));

export type Answer = z.output<typeof answerSchema>;
export type BossManual = z.output<typeof manualSchema>;
export type ManualsState = z.output<typeof manualsSchema>;

/* ---------- The page's words (src/data/toolkit/boss-manual.json, validated in content.config.ts) ---------- */

export interface ManualFieldText {
  id: FieldId;
  label: string;
  hint: string;
  /** Choice fields: each choice's words. */
  options?: { id: string; label: string }[];
}
export interface ManualSection {
  id: string;
  title: string;
  intro: string;
  fields: ManualFieldText[];
}
export interface ManualDef {
  title: string;
  intro: string;
  sections: ManualSection[];
}

/* ---------- Edits ---------- */

export const FIRST_MANUAL_ID = 'boss-first';

export const makeManual = (name: string, now: Date = new Date(), id = `boss-${now.getTime().toString(36)}`): BossManual => ({
  id,
  name,
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
  fields: {},
});

export const makeManuals = (): ManualsState => ({
  activeId: FIRST_MANUAL_ID,
  manuals: [makeManual('My boss', new Date(0), FIRST_MANUAL_ID)],
});

export const activeManual = (state: ManualsState): BossManual =>
  state.manuals.find((m) => m.id === state.activeId) ?? state.manuals[0]!;

const touch = (state: ManualsState, id: string, change: (m: BossManual) => BossManual, now: Date): ManualsState => ({
  ...state,
  manuals: state.manuals.map((m) => (m.id === id ? { ...change(m), updatedAt: now.toISOString() } : m)),
});

/** Sets one answer of the showing manual. An empty answer that is not a guess is removed. */
export function setAnswer(state: ManualsState, fieldId: string, change: Partial<Answer>, now: Date = new Date()): ManualsState {
  return touch(
    state,
    activeManual(state).id,
    (m) => {
      const prev: Answer = m.fields[fieldId] ?? { value: '', guess: false };
      const next: Answer = { ...prev, ...change };
      const fields = { ...m.fields };
      if (next.value === '' && !next.guess) delete fields[fieldId];
      else fields[fieldId] = next;
      return { ...m, fields };
    },
    now,
  );
}

export function addManual(state: ManualsState, name: string, now: Date = new Date()): ManualsState {
  let manual = makeManual(name.trim() || 'Another boss', now);
  while (state.manuals.some((m) => m.id === manual.id)) manual = { ...manual, id: `${manual.id}x` };
  return { ...state, activeId: manual.id, manuals: [...state.manuals, manual] };
}

export function renameManual(state: ManualsState, id: string, name: string, now: Date = new Date()): ManualsState {
  const clean = name.trim();
  return clean ? touch(state, id, (m) => ({ ...m, name: clean }), now) : state;
}

/** Deletes a manual; the last one is never removed, only emptied. */
export function deleteManual(state: ManualsState, id: string, now: Date = new Date()): ManualsState {
  const rest = state.manuals.filter((m) => m.id !== id);
  if (rest.length === 0)
    return dropVersionsUnder(
      touch(state, id, (m) => ({ ...m, fields: {} }), now),
      `manuals/${id}`,
    );
  return { ...state, activeId: state.activeId === id ? rest[0]!.id : state.activeId, manuals: rest };
}

/* ---------- Reading a manual ---------- */

const filled = (a: Answer | undefined) => (a?.value ?? '').trim() !== '';

export const answeredCount = (manual: BossManual) => MANUAL_FIELDS.filter((f) => filled(manual.fields[f.id])).length;
export const fieldCount = MANUAL_FIELDS.length;

/** The boss's preferred way of taking in information, when the reader has chosen one. */
export function preferredFormat(manual: BossManual | undefined): { format: Format; guess: boolean } | null {
  const a = manual?.fields.format;
  return a && (FORMATS as readonly string[]).includes(a.value) ? { format: a.value as Format, guess: a.guess } : null;
}

/** The channel for a level of urgency, when the reader has chosen one. */
export function preferredChannel(
  manual: BossManual | undefined,
  level: 'routine' | 'important' | 'urgent',
): { channel: Channel; guess: boolean } | null {
  const a = manual?.fields[`channel-${level}`];
  return a && (CHANNELS as readonly string[]).includes(a.value) ? { channel: a.value as Channel, guess: a.guess } : null;
}

export interface OpenQuestion {
  fieldId: FieldId;
  /** What to ask the boss, in the reader's voice. */
  question: string;
  /** The reader's current guess (empty when they marked a blank field as unknown). */
  guess: string;
}

/**
 * Everything in a manual still marked "a guess — check it", as questions for the next one-on-one,
 * in the manual's order. The one-on-one planner builds its agenda from this.
 */
export function openQuestions(manual: BossManual, def?: ManualDef): OpenQuestion[] {
  // With the form's words, a choice shows as the reader saw it ("Phone call"), not as its stored id ("call").
  const fieldOf = (id: string) => def?.sections.flatMap((s) => s.fields).find((f) => f.id === id);
  return MANUAL_FIELDS.filter((f) => manual.fields[f.id]?.guess).map((f) => {
    const field = fieldOf(f.id);
    const a = manual.fields[f.id];
    return { fieldId: f.id, question: f.question, guess: field ? shown(field, a) : (a?.value ?? '').trim() };
  });
}

/* ---------- Export ---------- */

/** The words an answer shows on paper: a choice's label, or the text as typed. */
function shown(field: ManualFieldText, a: Answer | undefined): string {
  const v = (a?.value ?? '').trim();
  return field.options?.find((o) => o.id === v)?.label ?? v;
}

export function toPlainText(def: ManualDef, manual: BossManual): string {
  const out = [`${def.title}: ${manual.name}`, ''];
  for (const section of def.sections) {
    out.push(section.title.toUpperCase(), '');
    for (const field of section.fields) {
      const a = manual.fields[field.id];
      out.push(field.label, (shown(field, a) || '(not filled in yet)') + (a?.guess ? ' (a guess — check it)' : ''), '');
    }
  }
  const questions = openQuestions(manual);
  if (questions.length) {
    out.push('TO CHECK AT YOUR NEXT ONE-ON-ONE', '');
    for (const q of questions) out.push(`- ${q.question}`);
  }
  return out.join('\n').trimEnd() + '\n';
}

/** The text download's name ("boss-manual-naomi.txt"), from a name in any script. */
export const manualFileName = (manual: BossManual) => textFileName(manual, 'boss-manual');

/** One line for the My data page: "2 bosses (Naomi, Theo): 9 answers, 3 still guesses". */
export function summarizeManuals(state: ManualsState): string {
  const answers = state.manuals.reduce((n, m) => n + answeredCount(m), 0);
  const guesses = state.manuals.reduce((n, m) => n + openQuestions(m).length, 0);
  const bosses = state.manuals.length === 1 ? '1 boss' : `${state.manuals.length} bosses`;
  return (
    `${bosses} (${state.manuals.map((m) => m.name).join(', ')}): ${answers === 1 ? '1 answer' : `${answers} answers`}` +
    (guesses ? `, ${guesses} still ${guesses === 1 ? 'a guess' : 'guesses'}` : '')
  );
}

/** The answers named by merge-conflict paths ("manuals/<id>/fields/goals/value"), for the status line. */
export function conflictLabels(def: ManualDef, paths: readonly string[]): string[] {
  const fields = def.sections.flatMap((s) => s.fields);
  const labels = paths.map((path) => {
    const id = path.match(/\/fields\/([^/]+)/)?.[1];
    return fields.find((f) => f.id === id)?.label ?? (path.endsWith('/name') ? 'the manual’s name' : 'an answer');
  });
  return [...new Set(labels)];
}
