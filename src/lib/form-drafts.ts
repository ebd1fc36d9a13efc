// Half-written entries in the planners' "add" forms (a win, an ask, an action, a skip-level
// contact): what the reader typed is kept as they type, so a reload, a closed tab or a phone that
// drops a background tab loses nothing. One record per form, holding only the fields the reader
// changed from the form's defaults; a form with nothing changed has no draft. Pure, so the island
// code only binds fields to it.
import { isBoolean, isRecord, isString } from './storage/guards';
import type { SaveState } from './storage/store';

/** A field's value: text (text, date, select) or a tick (checkbox). */
export type DraftValue = string | boolean;
/** Field name -> what the reader put there. */
export type FormDraft = Record<string, DraftValue>;
/** Form id ("one-on-one/win") -> its draft. */
export type FormDrafts = Record<string, FormDraft>;

/** A form id: its tool and the form, in lowercase words ("one-on-one/win"). */
const FORM_ID = /^[a-z0-9-]{1,40}\/[a-z0-9-]{1,40}$/;
/** A field name, as the form's inputs are named ("what", "toldBefore"). */
const FIELD = /^[A-Za-z0-9-]{1,40}$/;
/** The longest text a draft field keeps (the longest field of any add form). */
export const MAX_DRAFT_TEXT = 4000;
const MAX_FORMS = 40;
const MAX_FIELDS = 20;

export const emptyFormDrafts = (): FormDrafts => ({});

/**
 * The saved value rebuilt, or null when any part is not a draft (an odd id, text too long, too many
 * forms): the storage layer then keeps the value aside instead of dropping parts of it silently.
 */
export function parseFormDrafts(data: unknown): FormDrafts | null {
  if (!isRecord(data)) return null;
  const forms = Object.entries(data);
  if (forms.length > MAX_FORMS) return null;
  const out: FormDrafts = {};
  for (const [id, fields] of forms) {
    if (!FORM_ID.test(id) || !isRecord(fields)) return null;
    const entries = Object.entries(fields);
    if (entries.length === 0 || entries.length > MAX_FIELDS) return null;
    const draft: FormDraft = {};
    for (const [name, value] of entries) {
      if (!FIELD.test(name)) return null;
      if (!(isBoolean(value) || (isString(value) && value.length <= MAX_DRAFT_TEXT))) return null;
      draft[name] = value;
    }
    out[id] = draft;
  }
  return out;
}

/** A field's value in a form's draft, or `fallback` (the form's default) when the reader left it. */
export function draftValue<V extends DraftValue>(drafts: FormDrafts, form: string, field: string, fallback: V): V {
  const v = drafts[form]?.[field];
  return typeof v === typeof fallback ? (v as V) : fallback;
}

/** True when the reader has changed anything in the form since it was last added or discarded. */
export const hasDraft = (drafts: FormDrafts, form: string) => Object.keys(drafts[form] ?? {}).length > 0;

/**
 * The drafts with one field set. A field put back to the form's default is dropped, and a form with
 * no field left has no draft, so an untouched form keeps nothing.
 */
export function setDraftField(
  drafts: FormDrafts,
  form: string,
  field: string,
  value: DraftValue,
  fallback: DraftValue,
): FormDrafts {
  const { [field]: _old, ...rest } = drafts[form] ?? {};
  const fields: FormDraft =
    value === fallback ? rest : { ...rest, [field]: typeof value === 'string' ? value.slice(0, MAX_DRAFT_TEXT) : value };
  return clearDraft(drafts, form, Object.keys(fields).length > 0 ? fields : undefined);
}

/** The drafts without one form's (after it is added, or discarded); with `keep`, that form's draft replaced. */
export function clearDraft(drafts: FormDrafts, form: string, keep?: FormDraft): FormDrafts {
  const { [form]: _gone, ...rest } = drafts;
  return keep ? { ...rest, [form]: keep } : rest;
}

/** The add forms that keep drafts, by their ids. */
export const DRAFT_FORMS = {
  win: 'one-on-one/win',
  ask: 'one-on-one/ask',
  action: 'one-on-one/action',
  contact: 'skip-level/contact',
} as const;

/** What each form's draft is, in words, for My data; an unknown form (a newer page) is "an entry". */
const FORM_NAMES: Record<string, string> = {
  [DRAFT_FORMS.win]: 'a win',
  [DRAFT_FORMS.ask]: 'an ask',
  [DRAFT_FORMS.action]: 'a meeting action',
  [DRAFT_FORMS.contact]: 'a skip-level contact',
};

/** One plain line for My data: "a win and an ask, not yet added". */
export function formDraftsSummary(drafts: FormDrafts): string {
  const names = Object.keys(drafts).map((id) => FORM_NAMES[id] ?? 'an entry');
  if (names.length === 0) return 'none';
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
  return `${list}, not yet added`;
}

/** How saving stands for a page with two stores (the planner and its drafts): the one the reader must hear about. */
export function worstSaveState(...states: SaveState[]): SaveState {
  const order: SaveState[] = ['read-only', 'memory', 'pending', 'saved', 'idle'];
  return order.find((s) => states.includes(s)) ?? 'idle';
}
