// The bad-news brief: a guided draft of the message that tells your boss something went wrong,
// following the earn-trust lesson (news first, what you've done, the cause, prevention, options with
// their trade-offs, a recommendation, the ask). The shape of drafts, their edits, the message built
// from them (shaped by the boss's manual) and the warnings live here; the island renders and wires.
import * as z from 'zod/mini';
import { textFileName } from '../file-name';
import { dropVersionsUnder } from '../storage/versions';
import { preferredChannel, preferredFormat, type BossManual, type Channel } from './boss-manual';

/** The draft's free-text steps, in the order the form asks them. */
export const STEP_IDS = ['happened', 'impact', 'done', 'cause', 'prevent', 'need'] as const;
export type StepId = (typeof STEP_IDS)[number];
export const OPTION_IDS = ['a', 'b', 'c'] as const;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = OPTION_IDS.length;

/* ---------- The saved shape (one schema, types inferred from it) ---------- */

export const optionSchema = z.object({
  id: z.enum(OPTION_IDS),
  what: z.string(),
  pros: z.string(),
  cons: z.string(),
});

export const draftSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** The reader's own name for the draft, so they can find it again. */
  title: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The boss manual the message is shaped by ('' for none). */
  bossId: z.string(),
  /** Step id -> answer. */
  steps: z.partialRecord(z.enum(STEP_IDS), z.string()),
  options: z.array(optionSchema).check(
    z.minLength(MIN_OPTIONS),
    z.maxLength(MAX_OPTIONS),
    z.refine((o) => new Set(o.map((x) => x.id)).size === o.length, 'option ids must be unique'),
  ),
  /** The option id the reader recommends ('' while undecided). */
  recommended: z.string(),
  /** Why the reader recommends it. */
  reason: z.string(),
});

export const draftsSchema = z
  .object({
    activeId: z.string(),
    drafts: z.array(draftSchema).check(z.minLength(1)),
    /** Answers two tabs changed at once: field path -> the texts not in the field (storage/versions.ts). */
    otherVersions: z.optional(z.record(z.string(), z.array(z.string()))),
  })
  .check(z.refine((s) => new Set(s.drafts.map((d) => d.id)).size === s.drafts.length, 'draft ids must be unique'));

export type BadNewsOption = z.output<typeof optionSchema>;
export type BadNewsDraft = z.output<typeof draftSchema>;
export type DraftsState = z.output<typeof draftsSchema>;

/* ---------- The page's words (src/data/toolkit/bad-news.json, validated in content.config.ts) ---------- */

export interface BadNewsStepText {
  id: StepId | 'options' | 'recommend';
  title: string;
  label: string;
  hint: string;
}
export interface BadNewsDef {
  title: string;
  intro: string;
  steps: BadNewsStepText[];
}

/* ---------- Edits ---------- */

export const FIRST_DRAFT_ID = 'draft-first';
const emptyOption = (id: BadNewsOption['id']): BadNewsOption => ({ id, what: '', pros: '', cons: '' });

export const makeDraft = (now: Date = new Date(), id = `draft-${now.getTime().toString(36)}`, bossId = ''): BadNewsDraft => ({
  id,
  title: '',
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
  bossId,
  steps: {},
  options: [emptyOption('a'), emptyOption('b')],
  recommended: '',
  reason: '',
});

export const makeDrafts = (): DraftsState => ({ activeId: FIRST_DRAFT_ID, drafts: [makeDraft(new Date(0), FIRST_DRAFT_ID)] });

export const activeDraft = (state: DraftsState): BadNewsDraft =>
  state.drafts.find((d) => d.id === state.activeId) ?? state.drafts[0]!;

const edit = (state: DraftsState, change: (d: BadNewsDraft) => BadNewsDraft, now: Date): DraftsState => {
  const id = activeDraft(state).id;
  return { ...state, drafts: state.drafts.map((d) => (d.id === id ? { ...change(d), updatedAt: now.toISOString() } : d)) };
};

export function setStep(state: DraftsState, step: StepId, value: string, now: Date = new Date()): DraftsState {
  return edit(
    state,
    (d) => {
      const steps = { ...d.steps };
      if (value === '') delete steps[step];
      else steps[step] = value;
      return { ...d, steps };
    },
    now,
  );
}

export const setDraftField = (
  state: DraftsState,
  field: 'title' | 'bossId' | 'recommended' | 'reason',
  value: string,
  now: Date = new Date(),
): DraftsState => edit(state, (d) => ({ ...d, [field]: value }), now);

export const setOption = (
  state: DraftsState,
  id: BadNewsOption['id'],
  field: 'what' | 'pros' | 'cons',
  value: string,
  now: Date = new Date(),
): DraftsState =>
  edit(state, (d) => ({ ...d, options: d.options.map((o) => (o.id === id ? { ...o, [field]: value } : o)) }), now);

/** Adds a third option (there are never more than three: more would be a menu, not a choice). */
export function addOption(state: DraftsState, now: Date = new Date()): DraftsState {
  const d = activeDraft(state);
  const free = OPTION_IDS.find((id) => !d.options.some((o) => o.id === id));
  if (!free || d.options.length >= MAX_OPTIONS) return state;
  return edit(state, (x) => ({ ...x, options: [...x.options, emptyOption(free)] }), now);
}

/** Removes an option while more than two are left; a removed recommendation is cleared. */
export function removeOption(state: DraftsState, id: BadNewsOption['id'], now: Date = new Date()): DraftsState {
  if (activeDraft(state).options.length <= MIN_OPTIONS) return state;
  return edit(
    state,
    (d) => ({ ...d, options: d.options.filter((o) => o.id !== id), recommended: d.recommended === id ? '' : d.recommended }),
    now,
  );
}

/** Starts a new draft, shaped by the same boss as the one showing. */
export function addDraft(state: DraftsState, now: Date = new Date()): DraftsState {
  let draft = makeDraft(now, undefined, activeDraft(state).bossId);
  while (state.drafts.some((d) => d.id === draft.id)) draft = { ...draft, id: `${draft.id}x` };
  return { ...state, activeId: draft.id, drafts: [...state.drafts, draft] };
}

/** Deletes a draft; the last one is never removed, only emptied. */
export function deleteDraft(state: DraftsState, id: string, now: Date = new Date()): DraftsState {
  const rest = state.drafts.filter((d) => d.id !== id);
  if (rest.length > 0) return { ...state, activeId: state.activeId === id ? rest[0]!.id : state.activeId, drafts: rest };
  const only = state.drafts[0]!;
  const emptied = {
    ...state,
    activeId: only.id,
    drafts: [{ ...makeDraft(now, only.id, only.bossId), createdAt: only.createdAt }],
  };
  return dropVersionsUnder(emptied, `drafts/${only.id}`);
}

/* ---------- Reading a draft ---------- */

const clean = (s: string | undefined) => (s ?? '').trim().replace(/\s+/g, ' ');
/** Ends a piece of the reader's text as a sentence, so pieces join into readable lines. */
const sentence = (s: string) => (/[.!?…:)"'”’]$/.test(s) ? s : `${s}.`);
const wordCount = (s: string) => (s.match(/\S+/g) ?? []).length;

/** The options the reader has written something for. */
export const filledOptions = (d: BadNewsDraft) => d.options.filter((o) => clean(o.what) !== '');

/** A name for the draft in lists: the reader's title, else the start of what happened. */
export function draftName(d: BadNewsDraft): string {
  const title = clean(d.title);
  if (title) return title;
  const words = clean(d.steps.happened).split(' ').filter(Boolean);
  if (words.length === 0) return 'Untitled draft';
  const start = words.slice(0, 7).join(' ');
  // A list entry, not the whole story: at most seven words and 48 characters.
  if (start.length > 48) return `${start.slice(0, 47)}…`;
  return words.length > 7 ? `${start}…` : start;
}

/** How the message is built: short and headline-first, numbers laid out, or fuller with the story. */
export type MessageShape = 'short' | 'numbers' | 'story';

export interface ShapeChoice {
  shape: MessageShape;
  /** Why this shape, in words for the reader. */
  because: string;
}

/** Picks the message's shape from the boss's manual. */
export function shapeFor(manual: BossManual | undefined): ShapeChoice {
  const pref = preferredFormat(manual);
  const guess = pref?.guess ? ' (you marked that as a guess, so watch how it lands)' : '';
  if (!pref)
    return {
      shape: 'short',
      because:
        "Your manual doesn't say how this boss likes information yet, so this is the safe default: the news up top, the detail offered rather than pushed.",
    };
  if (pref.format === 'headline')
    return {
      shape: 'short',
      because: `Your manual says this boss wants the headline first${guess}, so the message stays short.`,
    };
  if (pref.format === 'data')
    return { shape: 'numbers', because: `Your manual says this boss wants the numbers${guess}, so every part is laid out.` };
  return {
    shape: 'story',
    because: `Your manual says this boss likes to talk things through${guess}, so the message tells more of the story and invites a conversation.`,
  };
}

const CHANNEL_WORDS: Record<Channel, string> = {
  chat: 'a chat message',
  email: 'email',
  call: 'a phone call',
  'in-person': 'a word in person',
  video: 'a quick video call',
  'one-on-one': 'your one-on-one',
};

/** Where to send bad news, from the manual's "urgent" channel. */
export function channelTip(manual: BossManual | undefined): string | null {
  const pref = preferredChannel(manual, 'urgent');
  if (!pref) return null;
  const how = CHANNEL_WORDS[pref.channel];
  const guessed = pref.guess ? ' (a guess, so far)' : '';
  if (pref.channel === 'chat' || pref.channel === 'email')
    return `For urgent things this boss reads ${how}${guessed}: send it there, not somewhere they'll see it tomorrow.`;
  if (pref.channel === 'one-on-one')
    return `Your manual says urgent things can wait for ${how}${guessed}. Bad news usually can't: if it might reach them another way first, tell them today.`;
  return `For urgent things this boss wants ${how}${guessed}. Say it that way first, then send this so they have it in writing.`;
}

/** The short message's closing offer: it claims only what the reader wrote (a cause, a fix, or both). */
export function offerToExplain(cause: boolean, prevent: boolean): string | false {
  const talk = 'happy to go through it whenever suits you.';
  if (cause && prevent) return `I know the cause and how to stop it happening again; ${talk}`;
  if (cause) return `I know what caused it; ${talk}`;
  if (prevent) return `I have a plan to stop it happening again; ${talk}`;
  return false;
}

/** Builds the message to copy. Every shape opens with the news itself; empty steps are left out. */
export function buildMessage(d: BadNewsDraft, shape: MessageShape): string {
  const s = (id: StepId) => clean(d.steps[id]);
  const options = filledOptions(d);
  const rec = options.find((o) => o.id === d.recommended);
  const others = options.filter((o) => o !== rec);
  const reason = clean(d.reason);
  const blocks: string[] = [];
  const lines = (...xs: (string | false | null | undefined)[]) => {
    const kept = xs.filter((x): x is string => typeof x === 'string' && x !== '');
    if (kept.length) blocks.push(kept.join('\n'));
  };
  const headline = [s('happened'), s('impact')].filter(Boolean).map(sentence).join(' ');
  lines(headline);

  if (shape === 'short') {
    lines(
      s('done') && `Done so far: ${sentence(s('done'))}`,
      rec &&
        `I'd suggest: ${sentence(clean(rec.what))}` +
          (clean(rec.cons) ? ` The cost: ${sentence(clean(rec.cons))}` : '') +
          (reason ? ` ${sentence(reason)}` : ''),
      others.length > 0 && `${rec ? 'Other options' : 'Options'}: ${others.map((o) => clean(o.what)).join('; ')}.`,
      s('need') && `From you: ${sentence(s('need'))}`,
      offerToExplain(Boolean(s('cause')), Boolean(s('prevent'))),
    );
  } else if (shape === 'numbers') {
    lines(
      s('done') && `Done so far: ${sentence(s('done'))}`,
      s('cause') && `Cause: ${sentence(s('cause'))}`,
      s('prevent') && `To stop it happening again: ${sentence(s('prevent'))}`,
    );
    if (options.length)
      lines(
        'Options:',
        ...options.flatMap((o, i) => [
          `${i + 1}. ${sentence(clean(o.what))}`,
          clean(o.pros) && `   For: ${sentence(clean(o.pros))}`,
          clean(o.cons) && `   Against: ${sentence(clean(o.cons))}`,
        ]),
      );
    lines(
      rec && `I recommend option ${options.indexOf(rec) + 1}` + (reason ? `: ${sentence(reason)}` : '.'),
      s('need') && `What I need from you: ${sentence(s('need'))}`,
    );
  } else {
    lines(
      s('cause') && `How it happened: ${sentence(s('cause'))}`,
      s('done') && `What I've done so far: ${sentence(s('done'))}`,
      s('prevent') && `How we can stop it happening again: ${sentence(s('prevent'))}`,
    );
    if (options.length)
      lines(
        options.length === 1 ? 'The way forward I can see:' : `I can see ${options.length === 2 ? 'two' : 'three'} ways forward:`,
        ...options.map(
          (o) =>
            `- ${sentence(clean(o.what))}` +
            (clean(o.pros) ? ` Upside: ${sentence(clean(o.pros))}` : '') +
            (clean(o.cons) ? ` Downside: ${sentence(clean(o.cons))}` : ''),
        ),
      );
    lines(
      rec && `I lean toward: ${sentence(clean(rec.what))}` + (reason ? ` ${sentence(reason)}` : ''),
      s('need') && `What I need from you: ${sentence(s('need'))}`,
      headline && "I'd like to talk it through with you. When suits you?",
    );
  }
  return blocks.join('\n\n');
}

/* ---------- Warnings ---------- */

export interface BadNewsWarning {
  id: 'no-headline' | 'lead-in' | 'long-opening' | 'no-downside' | 'no-upside' | 'one-option' | 'no-recommendation';
  /** The form control the warning is about, so the page can link to it. */
  field: string;
  message: string;
}

/** Openings that put something before the news. */
const LEAD_IN =
  /^(so,?\s|as you (may |might )?know|(some|a bit of|by way of) (background|context)|background:|context:|to give (you )?(some )?(background|context)|i hope|hope you|hi[,!]|hey[,!]|hello|just (wanted|a quick|checking)|quick (update|question|one)|sorry to (bother|trouble))/i;
/** The longest first sentence that still reads as a headline. */
export const HEADLINE_WORDS = 30;

const firstSentence = (s: string) => s.split(/(?<=[.!?])\s/)[0] ?? s;

/** What would make the message weaker, in the order the form asks. Nothing for an empty draft. */
export function warnings(d: BadNewsDraft): BadNewsWarning[] {
  const out: BadNewsWarning[] = [];
  const happened = clean(d.steps.happened);
  const options = filledOptions(d);
  const anythingElse = STEP_IDS.some((id) => id !== 'happened' && clean(d.steps[id])) || options.length > 0;
  if (!happened && anythingElse)
    out.push({
      id: 'no-headline',
      field: 'happened',
      message: "There's no news at the top yet. Fill in what happened first: it's the line your boss reads before anything else.",
    });
  if (happened && LEAD_IN.test(happened))
    out.push({
      id: 'lead-in',
      field: 'happened',
      message: 'Your first words are a warm-up, not the news. Cut straight to what happened; the background can come after.',
    });
  const first = wordCount(firstSentence(happened));
  if (first > HEADLINE_WORDS)
    out.push({
      id: 'long-opening',
      field: 'happened',
      message: `Your opening sentence runs to ${first} words, so the news gets lost in it. Try saying what happened in one short sentence.`,
    });
  d.options.forEach((o, i) => {
    if (!clean(o.what)) return;
    if (!clean(o.cons))
      out.push({
        id: 'no-downside',
        field: `option-${o.id}-cons`,
        message: `Option ${i + 1} has no downside written down. Every real option costs something; if you don't name it, your boss will wonder what you're leaving out.`,
      });
    if (!clean(o.pros))
      out.push({
        id: 'no-upside',
        field: `option-${o.id}-pros`,
        message: `Option ${i + 1} has no upside written down. Say what it gets you, or drop it.`,
      });
  });
  if (options.length === 1)
    out.push({
      id: 'one-option',
      field: `option-${d.options.find((o) => !clean(o.what))?.id ?? 'b'}-what`,
      message: 'One option is a request, not a choice. Add a second one, even if it\'s "wait and watch".',
    });
  if (options.length >= 2 && !options.some((o) => o.id === d.recommended))
    out.push({
      id: 'no-recommendation',
      field: 'recommend',
      message: "You haven't said which option you'd pick. Your boss will ask, so tell them up front.",
    });
  return out;
}

/* ---------- Export ---------- */

/** The brief as plain text, for the download: every step, the options and the message. */
export function toPlainText(def: BadNewsDef, d: BadNewsDraft, message: string): string {
  const out = [`${def.title}: ${draftName(d)}`, ''];
  const options = filledOptions(d);
  for (const step of def.steps) {
    out.push(step.title.toUpperCase(), '');
    if (step.id === 'options') {
      if (!options.length) out.push('(not filled in yet)', '');
      options.forEach((o, i) => {
        out.push(
          `Option ${i + 1}: ${clean(o.what)}`,
          `For: ${clean(o.pros) || '(none written)'}`,
          `Against: ${clean(o.cons) || '(none written)'}`,
          '',
        );
      });
    } else if (step.id === 'recommend') {
      const rec = options.find((o) => o.id === d.recommended);
      out.push(rec ? `Option ${options.indexOf(rec) + 1}: ${clean(rec.what)}` : '(not chosen yet)', '');
      if (clean(d.reason)) out.push(clean(d.reason), '');
    } else out.push(clean(d.steps[step.id]) || '(not filled in yet)', '');
  }
  out.push('THE MESSAGE', '', message);
  return out.join('\n').trimEnd() + '\n';
}

/** The text download's name ("bad-news-halvorsen-late.txt"), from a name in any script. */
export const draftFileName = (d: BadNewsDraft) => textFileName({ name: draftName(d) }, 'bad-news');

/** One line for the My data page: "2 drafts (Halvorsen, The dashboard will miss…)". */
export const summarizeDrafts = (state: DraftsState): string =>
  `${state.drafts.length === 1 ? '1 draft' : `${state.drafts.length} drafts`} (${state.drafts.map(draftName).join(', ')})`;

/** The steps named by merge-conflict paths ("drafts/<id>/steps/cause"), for the status line. */
export function conflictLabels(def: BadNewsDef, paths: readonly string[]): string[] {
  const labels = paths.map((path) => {
    const step = path.match(/\/steps\/([^/]+)$/)?.[1];
    if (step) return def.steps.find((s) => s.id === step)?.title ?? 'an answer';
    const option = path.match(/\/options\/([abc])\//)?.[1];
    if (option) return `option ${OPTION_IDS.indexOf(option as BadNewsOption['id']) + 1}`;
    if (path.endsWith('/reason') || path.endsWith('/recommended')) return 'your recommendation';
    return path.endsWith('/title') ? 'the draft’s name' : 'an answer';
  });
  return [...new Set(labels)];
}
