// Type guards for saved data read back from storage or an imported file: the checks the slots'
// validators are built from. Hand-written rather than a schema library so the pages that save
// (every lesson) carry no validator runtime; each slot rebuilds its value from the fields it knows.

/** A plain object (not null, not an array). */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isString = (v: unknown): v is string => typeof v === 'string';
export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
export const isInt = (v: unknown, min = -Infinity, max = Infinity): v is number =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
export const isIsoDate = (v: unknown): v is string => isString(v) && !Number.isNaN(Date.parse(v));

/** Checks every value of a record; returns a copy or null. */
export function recordOf<T>(v: unknown, check: (x: unknown) => x is T): Record<string, T> | null {
  if (!isRecord(v)) return null;
  const out: Record<string, T> = {};
  for (const [k, x] of Object.entries(v)) {
    if (!check(x)) return null;
    out[k] = x;
  }
  return out;
}
