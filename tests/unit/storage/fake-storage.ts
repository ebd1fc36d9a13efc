// A small Map-backed Storage for the unit tests, which can be told to fail the way browsers do.
import type { StorageLike } from '../../../src/lib/storage/store';

/**
 * - 'ok': behaves like localStorage.
 * - 'quota': setItem throws a QuotaExceededError (reads and removes still work).
 * - 'disabled': every access throws a SecurityError (blocked storage).
 */
export type FakeMode = 'ok' | 'quota' | 'disabled';

export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
export const securityError = () => new DOMException('Access is denied for this document.', 'SecurityError');

export class FakeStorage implements StorageLike {
  readonly map = new Map<string, string>();
  mode: FakeMode;
  /** Every call, in order, so tests can check what was (not) written. */
  readonly calls: string[] = [];

  constructor(initial: Record<string, string> = {}, mode: FakeMode = 'ok') {
    for (const [k, v] of Object.entries(initial)) this.map.set(k, v);
    this.mode = mode;
  }

  private guard(op: string) {
    this.calls.push(op);
    if (this.mode === 'disabled') throw securityError();
  }

  getItem(key: string): string | null {
    this.guard(`get ${key}`);
    return this.map.has(key) ? this.map.get(key)! : null;
  }

  setItem(key: string, value: string): void {
    this.guard(`set ${key}`);
    if (this.mode === 'quota') throw quotaError();
    this.map.set(key, String(value));
  }

  removeItem(key: string): void {
    this.guard(`remove ${key}`);
    this.map.delete(key);
  }

  key(index: number): string | null {
    this.guard(`key ${index}`);
    return [...this.map.keys()][index] ?? null;
  }

  get length(): number {
    this.guard('length');
    return this.map.size;
  }
}
