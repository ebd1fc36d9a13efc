// The skip-level planner: what it saves (steps ticked off, a log of contacts with your boss's
// boss), each step's state, and the check that no logged contact has left your own boss out.
// Pure logic; the island only renders it. Contacts live in a record keyed by id, so two tabs
// that each log one keep both.
import { z } from 'zod/mini';
import type { z as az } from 'astro/zod';
import type { skipLevelSchema } from '../../schemas/skip-level';
import { byDateDesc } from '../records';
import { dayLabel } from '../dates';
import { daySchema, textSchema } from './saved-fields';

export type SkipLevelDef = az.output<typeof skipLevelSchema>;
export type StepDef = SkipLevelDef['steps'][number];
/** What the log and its checks need of the plan (the island gets only this, not every step's words). */
export interface SkipLevelPlan {
  title: string;
  steps: readonly Pick<StepDef, 'id' | 'title' | 'inform'>[];
}

/** The contact-log choice for a contact that fits none of the steps. */
export const OTHER_STEP = 'other';

const stepStateSchema = z.object({ done: z.boolean() });
const contactSchema = z.object({
  date: daySchema,
  /** Who you were in touch with (usually your boss's boss by name). */
  who: textSchema(200),
  /** The step it belongs to, or "other". */
  step: textSchema(60),
  what: textSchema(),
  /** Your boss knew about it beforehand (agreed it, was copied). */
  toldBefore: z.boolean(),
  /** You gave your boss a read-out afterwards. */
  readOut: z.boolean(),
});

export const skipLevelStateSchema = z.object({
  steps: z.record(z.string(), stepStateSchema),
  contacts: z.record(z.string(), contactSchema),
});

export type SkipLevelState = z.output<typeof skipLevelStateSchema>;
export type Contact = z.output<typeof contactSchema>;

export const emptySkipLevel = (): SkipLevelState => ({ steps: {}, contacts: {} });

/** The saved value if it has the current shape (unknown fields dropped), else null. */
export function parseSkipLevel(data: unknown): SkipLevelState | null {
  const r = skipLevelStateSchema.safeParse(data);
  return r.success ? r.data : null;
}

/**
 * What your boss still needs to hear about a contact, or null when they are in the loop:
 * - `boss-unaware`: your boss neither knew beforehand nor got a read-out;
 * - `read-out-due`: a contact that needs both (a skip-level meeting) was agreed, but no read-out yet.
 * A hello (`inform: none`) never needs a report; a contact of no step needs your boss told either way.
 */
export function bossGap(contact: Contact, def: SkipLevelPlan): 'boss-unaware' | 'read-out-due' | null {
  const inform = def.steps.find((s) => s.id === contact.step)?.inform ?? 'after';
  if (inform === 'none') return null;
  if (!contact.toldBefore && !contact.readOut) return 'boss-unaware';
  if (inform === 'both' && !contact.readOut) return 'read-out-due';
  return null;
}

/** Logged contacts, newest first, each with what your boss still needs to hear. */
export function contactsWithGaps(s: SkipLevelState, def: SkipLevelPlan) {
  return byDateDesc(s.contacts).map((c) => ({ ...c, gap: bossGap(c, def) }));
}

/** Contacts your boss has not heard about yet: the ones the page flags. */
export const uninformed = (s: SkipLevelState, def: SkipLevelPlan) => contactsWithGaps(s, def).filter((c) => c.gap !== null);

export type StepStatus = 'open' | 'done' | 'boss-not-told';

/**
 * A step's state: `boss-not-told` when any contact logged under it still needs your boss told
 * (that comes before "done": it is the one thing to act on), `done` when ticked or when a contact
 * was logged under it, else `open`.
 */
export function stepStatus(step: Pick<StepDef, 'id'>, s: SkipLevelState, def: SkipLevelPlan): StepStatus {
  const contacts = Object.values(s.contacts).filter((c) => c.step === step.id);
  if (contacts.some((c) => bossGap(c, def) !== null)) return 'boss-not-told';
  return s.steps[step.id]?.done || contacts.length > 0 ? 'done' : 'open';
}

export const doneCount = (s: SkipLevelState, def: SkipLevelPlan) =>
  def.steps.filter((st) => stepStatus(st, s, def) !== 'open').length;

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/** The plan and the contact log as Markdown, to keep or to share with your boss. */
export function skipLevelMarkdown(def: SkipLevelPlan, s: SkipLevelState): string {
  const out = [`# ${def.title}`, '', '## Steps', ''];
  for (const st of def.steps) {
    const state = stepStatus(st, s, def);
    out.push(
      `- [${state === 'open' ? ' ' : 'x'}] ${st.title}${state === 'boss-not-told' ? ' (your boss has not heard about a contact yet)' : ''}`,
    );
  }
  out.push('', '## Contacts', '');
  const contacts = contactsWithGaps(s, def);
  if (contacts.length === 0) out.push('None logged yet.');
  for (const c of contacts) {
    const step = def.steps.find((x) => x.id === c.step)?.title ?? 'Other';
    out.push(`- **${dayLabel(c.date)}**, ${c.who} (${step}): ${c.what}`);
    out.push(`  - Boss knew beforehand: ${yesNo(c.toldBefore)}; read-out given: ${yesNo(c.readOut)}`);
    if (c.gap) out.push('  - Still to do: tell your boss about this.');
  }
  return out.join('\n').trimEnd() + '\n';
}

/** One plain line for the My data page: "2 steps ticked, 3 contacts logged". */
export function skipLevelSummary(s: SkipLevelState): string {
  const ticked = Object.values(s.steps).filter((x) => x.done).length;
  const contacts = Object.keys(s.contacts).length;
  return `${ticked} ${ticked === 1 ? 'step' : 'steps'} ticked, ${contacts} ${contacts === 1 ? 'contact' : 'contacts'} logged`;
}
