// Three-way merge of saved values, so two tabs that change the same slot keep both changes.
// `base` is what this tab last read or wrote, `local` what it wants to save now, `stored` what is in
// storage at this moment (another tab may have written since). Only what this tab changed (local
// against base) is applied over the stored value; a field both changed differently keeps the local
// value and is listed as a conflict, so the page can say so, unless the slot decides otherwise
// (`settle`: versions.ts keeps the other text of a field as another version, so no words are lost).
import { isRecord } from './guards';

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
   * Decides a conflict on one value (both tabs changed it, differently), given its full path
   * ("sheets/ws-1/answers/goals"): what to keep and whether to tell it. Undefined leaves the
   * default: this tab's value, told.
   */
  settle?: (path: string, local: unknown, stored: unknown) => { value: unknown; told: boolean } | undefined;
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

function mergeAt(base: unknown, local: unknown, stored: unknown, path: string[], opts: MergeOptions, out: string[]): unknown {
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
      const v = mergeAt(bm.get(id), lm.get(id), sm.get(id), [...path, `#${id}`], opts, out);
      if (v !== undefined) merged.push(v);
    }
    return merged;
  }
  if (isRecord(local) && isRecord(stored)) {
    const b = isRecord(base) ? base : {};
    const merged: Record<string, unknown> = {};
    for (const k of new Set([...Object.keys(local), ...Object.keys(stored)])) {
      const v = mergeAt(b[k], local[k], stored[k], [...path, k], opts, out);
      if (v !== undefined) merged[k] = v;
    }
    return merged;
  }
  if (opts.quiet?.includes(p)) return typeof local === 'string' && typeof stored === 'string' && stored > local ? stored : local;
  const at = path.map((x) => x.replace(/^#/, '')).join('/');
  const settled = opts.settle?.(at, local, stored);
  if (settled && !settled.told) return settled.value;
  out.push(at);
  return settled ? settled.value : local;
}

/** Merges plain JSON values field by field (records key by key, listed arrays item by item). */
export function mergeJson<T>(base: T, local: T, stored: T, opts: MergeOptions = {}): Merged<T> {
  const conflicts: string[] = [];
  const value = mergeAt(base, local, stored, [], opts, conflicts) as T;
  return { value, conflicts };
}
