// Other versions of a text field: when two tabs change the same field from the same starting text,
// one text goes in the field and the other is kept beside it, in the slot's own data, until the
// reader uses or discards it. Kept in the slot (not a slot of its own) so it is saved, merged
// between tabs, exported and imported with the text it belongs to.
// A version is listed under the field's path ("sheets/ws-1/answers/goals": array items by id).
// Versions merge as sets: what a tab added or removed is applied over what is stored, so two tabs
// never drop each other's versions. Only the pages with such fields load this (the lessons' own
// saves use merge.ts alone).
import { isRecord, isString } from './guards';
import { mergeJson, type MergeOptions, type Merged } from './merge';

/** Field path -> texts that lost a same-field conflict, oldest first. */
export type OtherVersions = Record<string, string[]>;

/** Saved data that can hold other versions. */
export interface WithVersions {
  otherVersions?: OtherVersions;
}

/** Where a slot keeps them. */
export const VERSIONS_KEY = 'otherVersions';

/** True when `path` fits a pattern ("sheets/*\/answers/*": "*" stands for one segment). */
export function pathMatches(patterns: readonly string[], path: string): boolean {
  const segs = path.split('/');
  return patterns.some((p) => {
    const ps = p.split('/');
    return ps.length === segs.length && ps.every((x, i) => x === '*' || x === segs[i]);
  });
}

/** A map built from entries as own properties, whatever the keys ("__proto__" included). */
const fromEntries = (entries: [string, string[]][]): OtherVersions => Object.fromEntries<string[]>(entries);

/** The other versions a value holds ({} when none). */
export const versionsOf = (data: unknown): OtherVersions =>
  isRecord(data) && isRecord(data[VERSIONS_KEY]) ? (data[VERSIONS_KEY] as OtherVersions) : {};

/** The other versions of one field. */
export const versionsAt = (data: unknown, path: string): string[] => {
  const all = versionsOf(data);
  return Object.hasOwn(all, path) ? (all[path] ?? []) : [];
};

/** How many fields have another version waiting. */
export const versionCount = (data: unknown): number => Object.values(versionsOf(data)).filter((v) => v.length > 0).length;

/** The value with these versions: the key is left out when there are none, so data without any is unchanged. */
export function withVersions<T>(data: T, versions: OtherVersions): T {
  if (!isRecord(data)) return data;
  const { [VERSIONS_KEY]: _old, ...rest } = data;
  const kept = Object.entries(versions).filter(([, v]) => v.length > 0);
  return (kept.length > 0 ? { ...rest, [VERSIONS_KEY]: fromEntries(kept) } : rest) as T;
}

/** A saved versions map, checked: null when it is not one (then the slot's data is unreadable). */
export function parseVersions(v: unknown): OtherVersions | null {
  if (v === undefined) return {};
  if (!isRecord(v)) return null;
  const out: [string, string[]][] = [];
  for (const [k, list] of Object.entries(v)) {
    if (!Array.isArray(list) || !list.every(isString)) return null;
    out.push([k, list]);
  }
  return fromEntries(out);
}

/**
 * True while the field a path names can still be shown: every array item on the way (a sheet, a
 * manual, a draft, an option, found by id) still exists. A missing record key is fine: the field
 * is just empty.
 */
export function livePath(data: unknown, path: string): boolean {
  let at: unknown = data;
  for (const seg of path.split('/')) {
    if (Array.isArray(at)) {
      at = at.find((x) => isRecord(x) && x.id === seg);
      if (at === undefined) return false;
    } else if (isRecord(at) && Object.hasOwn(at, seg)) at = at[seg];
    else return true;
  }
  return true;
}

/**
 * Keeps only versions a page can show: fields the slot lists (`patterns`), still in the data, each
 * text once and never blank. Versions of a deleted sheet, manual, draft or option go with it.
 */
export function pruneVersions<T>(data: T, patterns: readonly string[]): T {
  const entries: [string, string[]][] = [];
  for (const [path, list] of Object.entries(versionsOf(data))) {
    if (!pathMatches(patterns, path) || !livePath(data, path)) continue;
    entries.push([path, [...new Set(list)].filter((t) => t.trim() !== '')]);
  }
  return withVersions(data, fromEntries(entries));
}

/**
 * Three-way merge of versions as sets, field by field: what is stored, plus what this tab added
 * since `base`, minus what it removed (used or discarded).
 */
export function mergeVersions(base: OtherVersions, local: OtherVersions, stored: OtherVersions): OtherVersions {
  const at = (m: OtherVersions, k: string) => (Object.hasOwn(m, k) ? (m[k] ?? []) : []);
  const out: [string, string[]][] = [];
  for (const path of new Set([...Object.keys(stored), ...Object.keys(local), ...Object.keys(base)])) {
    const [b, l, s] = [at(base, path), at(local, path), at(stored, path)];
    const removed = b.filter((t) => !l.includes(t));
    const list = [...s, ...l.filter((t) => !b.includes(t) && !s.includes(t))].filter((t) => !removed.includes(t));
    if (list.length > 0) out.push([path, list]);
  }
  return fromEntries(out);
}

/** Drops one other version of a field (the reader discarded it, or used it). */
export function discardVersion<T>(data: T, path: string, text: string): T {
  const all = versionsOf(data);
  return withVersions(data, { ...all, [path]: versionsAt(data, path).filter((t) => t !== text) });
}

/** Puts an other version in its field (`apply` writes the field) and drops it from the list. */
export const useVersion = <T>(data: T, path: string, text: string, apply: (data: T, text: string) => T): T =>
  discardVersion(apply(data, text), path, text);

/** Drops every other version under a path ("sheets/ws-1"): the reader cleared what they belonged to. */
export const dropVersionsUnder = <T>(data: T, prefix: string): T =>
  withVersions(data, Object.fromEntries(Object.entries(versionsOf(data)).filter(([p]) => !p.startsWith(`${prefix}/`))));

/** A value without its other versions, and those versions. */
function split(v: unknown): [unknown, OtherVersions] {
  if (!isRecord(v)) return [v, {}];
  const { [VERSIONS_KEY]: _versions, ...rest } = v;
  return [rest, versionsOf(v)];
}

const isText = (v: unknown): v is string | undefined => v === undefined || typeof v === 'string';

/**
 * mergeJson (merge.ts) for data with other versions. In the text fields `versions` lists (full
 * path patterns, ids included, "*" for one segment), a field both tabs changed keeps this tab's
 * text, and the stored text is kept as another version instead of being dropped; when the stored
 * data already keeps this tab's text as the other version, the other tab's choice stands.
 */
export function mergeWithVersions<T>(base: T, local: T, stored: T, opts: MergeOptions & { versions: string[] }): Merged<T> {
  const [b, bv] = split(base);
  const [l, lv] = split(local);
  const [s, sv] = split(stored);
  const others = new Map(Object.entries(mergeVersions(bv, lv, sv)));
  const settle = (path: string, mine: unknown, theirs: unknown) => {
    if (!isText(mine) || !isText(theirs) || !pathMatches(opts.versions, path)) return undefined;
    const list = others.get(path) ?? [];
    if (list.includes(mine ?? '')) return { value: theirs, told: false };
    if ((theirs ?? '').trim() !== '' && !list.includes(theirs!)) others.set(path, [...list, theirs!]);
    return { value: mine, told: true };
  };
  const m = mergeJson(b, l, s, { ...opts, settle });
  return { value: withVersions(m.value as T, fromEntries([...others])), conflicts: m.conflicts };
}
