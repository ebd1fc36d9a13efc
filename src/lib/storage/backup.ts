// The reader's whole saved state as one portable file: export, and a validating import that
// changes nothing unless every part of the file is readable.
// Each slot's data is rebuilt by its validator (unknown fields dropped) and capped in size. A file
// with an entry named "__proto__" is refused as a whole: a plain object cannot hold such a key (it
// would be dropped without a word), and an import keeps all of the file or none of it.
import { decode, decodeValue, keyFor, type AnySlot } from './store';

/** The most any one kind of data may take when imported (characters of JSON), unless its slot says. */
export const MAX_SLOT_CHARS = 1_000_000;
const megabytes = (chars: number) => `${(chars / 1_000_000).toFixed(1)} MB`;

export const EXPORT_FORMAT = 'managing-up-export';
export const EXPORT_VERSION = 1;
export const SITE_NAME = 'Managing Up';

export interface ExportFile {
  site: string;
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  /** Slot name -> { version, data } exactly as stored. */
  slots: Record<string, { version: number; data: unknown }>;
}

/** Builds the export from raw stored strings (key -> value); unreadable slots are left out. */
export function buildExport(
  slots: readonly AnySlot[],
  readRaw: (key: string) => string | null,
  now: Date = new Date(),
): ExportFile {
  const out: ExportFile['slots'] = {};
  for (const slot of slots) {
    const r = decode(slot, readRaw(keyFor(slot.name)));
    if (r.status === 'ok' || r.status === 'migrated') out[slot.name] = { version: slot.version, data: r.data };
  }
  return { site: SITE_NAME, format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), slots: out };
}

export const exportFileName = (now: Date = new Date()) => `managing-up-data-${now.toISOString().slice(0, 10)}.json`;

/** A key no plain object keeps as an entry: assigning it changes the object's prototype instead. */
const UNSAFE_KEY = '__proto__';

/** True when any object in `value`, however deep, has an own key "__proto__" (JSON.parse makes them). */
export function hasUnsafeKey(value: unknown): boolean {
  // A list of what is left to look at, not recursion: an import can nest thousands of levels deep.
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const v = pending.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (!Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, UNSAFE_KEY)) return true;
    for (const x of Object.values(v)) if (typeof x === 'object' && x !== null) pending.push(x);
  }
  return false;
}

export type ImportResult = { ok: true; exportedAt: string; slots: Record<string, unknown> } | { ok: false; error: string };

/** Validates an import file's text; returns every slot's data in the current shape, or why not. */
export function parseImport(text: string, slots: readonly AnySlot[]): ImportResult {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not valid JSON, so it cannot be a Managing Up export. Nothing was changed.' };
  }
  const f = file as Partial<ExportFile> | null;
  if (!f || typeof f !== 'object' || f.format !== EXPORT_FORMAT || typeof f.slots !== 'object' || f.slots === null) {
    return { ok: false, error: 'This file is not a Managing Up export. Nothing was changed.' };
  }
  if (!Number.isInteger(f.version) || (f.version as number) < 1) {
    return { ok: false, error: 'This export has no readable format version. Nothing was changed.' };
  }
  if ((f.version as number) > EXPORT_VERSION) {
    return {
      ok: false,
      error: `This export was made by a newer version of the site (format ${f.version}; this one reads up to ${EXPORT_VERSION}). Reload the site to get the latest version, then import again. Nothing was changed.`,
    };
  }
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(f.slots)) {
    const slot = slots.find((s) => s.name === name);
    if (!slot) return { ok: false, error: `This export contains data the site does not know ("${name}"). Nothing was changed.` };
    if (hasUnsafeKey(value))
      return {
        ok: false,
        error: `This file's copy of ${slot.label} has an entry named "${UNSAFE_KEY}", which this site cannot keep safely, so the file can't be imported as it is. Nothing was changed.`,
      };
    const r = decodeValue(slot, value);
    if (r.status === 'newer')
      return {
        ok: false,
        error: `This file's copy of ${slot.label} was saved by a newer version of the site. Reload the site to get the latest version, then import again. Nothing was changed.`,
      };
    if (r.status !== 'ok' && r.status !== 'migrated')
      return { ok: false, error: `This file's copy of ${slot.label} is damaged or incomplete. Nothing was changed.` };
    const size = JSON.stringify(r.data).length;
    const max = slot.maxChars ?? MAX_SLOT_CHARS;
    if (size > max)
      return {
        ok: false,
        error: `This file's copy of ${slot.label} is too large to keep in a browser (${megabytes(size)}; the most this site keeps is ${megabytes(max)}). Nothing was changed.`,
      };
    result[name] = r.data;
  }
  if (Object.keys(result).length === 0)
    return { ok: false, error: 'This export is empty: there is nothing to import. Nothing was changed.' };
  const exportedAt = typeof f.exportedAt === 'string' && !Number.isNaN(Date.parse(f.exportedAt)) ? f.exportedAt : '';
  return { ok: true, exportedAt, slots: result };
}
