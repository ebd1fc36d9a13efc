// Three-way merge of saved values, so two tabs that change the same slot keep both changes.
// `base` is what this tab last read or wrote, `local` what it wants to save now, `stored` what is in
// storage at this moment (another tab may have written since). Only what this tab changed (local
// against base) is applied over the stored value; a field both changed differently keeps the local
// value and is listed as a conflict, so the page can say so. In the text fields a slot lists
// (`versions`), the stored text that lost is kept as another version of the field (versions.ts),
// so no words are lost.
import { isRecord } from './guards';
import { VERSIONS_KEY, mergeVersions, pathMatches, versionsOf, withVersions, type OtherVersions } from './versions';

export interface Merged<T> {
  value: T;
  /** Paths ("sheets/ws-1/answers/goals") of fields changed here and in another tab differently. */
  conflicts: string[];
}

export interface MergeOptions {
  /**
   * Arrays merged item by item, keyed by the field's path pattern ("sheets", "attempts"): the
   * function gives each item's identity. Other arrays are single values.
   */
  arrays?: Record<string, (item: unknown) => string>;
  /** Path patterns whose conflicts are not worth telling (timestamps): the later text wins. */
  quiet?: string[];
  /**
   * Full path patterns of text fields ("sheets/*\/answers/*", ids included, "*" for one segment):
   * when both tabs changed one, this tab's text goes in the field and the stored text is kept in
   * the value's top-level `otherVersions`. Without it, the stored text of a conflict is dropped.
   */
  versions?: string[];
}

/** What a merge of text fields with versions works with: the versions merged so far. */
interface VersionsAt {
  patterns: readonly string[];
  others: Map<string, string[]>;
}

export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && sameJson(a[k], b[k]));
  }
  return false;
}

/** A path with item ids replaced by "*", for matching MergeOptions patterns ("sheets/*\/updatedAt"). */
const pattern = (path: string[]) => path.filter((p) => !p.startsWith('#')).join('/');

const fullPath = (path: string[]) => path.map((x) => x.replace(/^#/, '')).join('/');
const isText = (v: unknown): v is string | undefined => v === undefined || typeof v === 'string';

function mergeAt(
  base: unknown,
  local: unknown,
  stored: unknown,
  path: string[],
  opts: MergeOptions,
  out: string[],
  kept?: VersionsAt,
): unknown {
  if (sameJson(local, base)) return stored;
  if (sameJson(stored, base) || sameJson(stored, local)) return local;
  const p = pattern(path);
  const idOf = opts.arrays?.[p];
  if (idOf && Array.isArray(local) && Array.isArray(stored)) {
    const b = Array.isArray(base) ? base : [];
    const byId = (list: unknown[]) => new Map(list.map((x) => [idOf(x), x]));
    const [bm, lm, sm] = [byId(b), byId(local), byId(stored)];
    const ids = [...lm.keys(), ...[...sm.keys()].filter((id) => !lm.has(id))];
    const merged: unknown[] = [];
    for (const id of ids) {
      const v = mergeAt(bm.get(id), lm.get(id), sm.get(id), [...path, `#${id}`], opts, out, kept);
      if (v !== undefined) merged.push(v);
    }
    return merged;
  }
  if (isRecord(local) && isRecord(stored)) {
    const b = isRecord(base) ? base : {};
    const merged: Record<string, unknown> = {};
    for (const k of new Set([...Object.keys(local), ...Object.keys(stored)])) {
      const v = mergeAt(b[k], local[k], stored[k], [...path, k], opts, out, kept);
      if (v !== undefined) merged[k] = v;
    }
    return merged;
  }
  if (opts.quiet?.includes(p)) return typeof local === 'string' && typeof stored === 'string' && stored > local ? stored : local;
  const at = fullPath(path);
  if (kept && isText(local) && isText(stored) && pathMatches(kept.patterns, at)) {
    const list = kept.others.get(at) ?? [];
    // The other tab already kept this tab's text as the other version: its choice stands.
    if (list.includes(local ?? '')) return stored;
    if ((stored ?? '').trim() !== '' && !list.includes(stored!)) kept.others.set(at, [...list, stored!]);
  }
  out.push(at);
  return local;
}

/** A value without its other versions, and those versions. */
function split(v: unknown): [unknown, OtherVersions] {
  if (!isRecord(v)) return [v, {}];
  const { [VERSIONS_KEY]: _versions, ...rest } = v;
  return [rest, versionsOf(v)];
}

/** Merges plain JSON values field by field (records key by key, listed arrays item by item). */
export function mergeJson<T>(base: T, local: T, stored: T, opts: MergeOptions = {}): Merged<T> {
  const conflicts: string[] = [];
  if (!opts.versions) return { value: mergeAt(base, local, stored, [], opts, conflicts) as T, conflicts };
  const [b, bv] = split(base);
  const [l, lv] = split(local);
  const [s, sv] = split(stored);
  const kept: VersionsAt = { patterns: opts.versions, others: new Map(Object.entries(mergeVersions(bv, lv, sv))) };
  const value = mergeAt(b, l, s, [], opts, conflicts, kept);
  return { value: withVersions(value as T, Object.fromEntries<string[]>(kept.others)), conflicts };
}
