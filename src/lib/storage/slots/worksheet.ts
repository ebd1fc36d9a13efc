// The "step into your boss's shoes" worksheets: several, each named, one showing; the other
// versions of answers two tabs changed at once (versions.ts); and the migrations from version 1,
// which held a single worksheet, and version 2, which had no other versions.
import { isIsoDate, isRecord, isString, recordOf } from '../guards';
import type { Slot } from '../store';
import { mergeWithVersions, parseVersions, pruneVersions, withVersions, type WithVersions } from '../versions';

export interface Worksheet {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  /** Prompt id -> answer (text, or the scale value as a string). */
  answers: Record<string, string>;
}
export interface WorksheetState extends WithVersions {
  activeId: string;
  sheets: Worksheet[];
}

/** The answers that keep another version when two tabs change them at once. */
export const WORKSHEET_VERSIONS = ['sheets/*/answers/*'];
/** Where an answer's other versions are listed. */
export const answerPath = (sheetId: string, promptId: string) => `sheets/${sheetId}/answers/${promptId}`;
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
  // v1 held a single worksheet ({ answers, updatedAt }); v2 holds several, each named; v3 adds
  // `otherVersions` (an older page would drop it, so it must see v3 as newer and leave it alone).
  version: 3,
  empty: () => {
    const sheet = newSheet('My current boss', new Date(0), 'ws-first');
    return { activeId: sheet.id, sheets: [sheet] };
  },
  validate: (d) => {
    if (!isRecord(d) || !isString(d.activeId) || !Array.isArray(d.sheets) || d.sheets.length === 0) return null;
    if (!d.sheets.every(isSheet)) return null;
    const versions = parseVersions(d.otherVersions);
    if (!versions) return null;
    // Ids must be unique (an edited or imported file may repeat one): a repeat gets a new id.
    const seen = new Set<string>();
    const sheets = d.sheets.map((s): Worksheet => {
      let id = s.id;
      for (let n = 2; seen.has(id); n++) id = `${s.id}-${n}`;
      seen.add(id);
      return { id, name: s.name, createdAt: s.createdAt, updatedAt: s.updatedAt, answers: { ...s.answers } };
    });
    const activeId = sheets.some((s) => s.id === d.activeId) ? d.activeId : sheets[0]!.id;
    return pruneVersions(withVersions({ activeId, sheets }, versions), WORKSHEET_VERSIONS);
  },
  // Per answer, per sheet; which sheet is showing belongs to this tab; edit times never conflict.
  merge: (base, local, stored) => {
    const m = mergeWithVersions(base, local, stored, {
      arrays: { sheets: (s) => (s as Worksheet).id },
      quiet: ['sheets/updatedAt', 'activeId'],
      versions: WORKSHEET_VERSIONS,
    });
    const sheets = m.value.sheets.length > 0 ? m.value.sheets : stored.sheets;
    const activeId = sheets.some((s) => s.id === local.activeId) ? local.activeId : sheets[0]!.id;
    return { value: { ...m.value, activeId, sheets }, conflicts: m.conflicts };
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
    // v3 only adds other versions: v2 data has none.
    2: (old) => old,
  },
};
