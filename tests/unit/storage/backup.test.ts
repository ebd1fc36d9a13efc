import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  SITE_NAME,
  buildExport,
  exportFileName,
  parseImport,
} from '../../../src/lib/storage/backup';
import { ALL_SLOTS } from '../../../src/lib/storage/registry';
import { checklistSlot } from '../../../src/lib/storage/slots/checklist';
import { progressSlot } from '../../../src/lib/storage/slots/progress';
import { knowledgeCheckSlot } from '../../../src/lib/storage/slots/knowledge-checks';
import { worksheetSlot } from '../../../src/lib/storage/slots/worksheet';
import { encode, keyFor } from '../../../src/lib/storage/store';

const NOW = new Date('2026-03-12T09:30:00.000Z');
const progress = { read: { 'earn-trust': '2026-03-01T10:00:00.000Z' } };
const checklist = { items: { 'ck-1': { done: true, date: '2026-03-02', note: 'asked' } }, kept: [] };

function storeOf(values: Record<string, string>) {
  return (key: string) => values[key] ?? null;
}

const nothingChanged = (r: ReturnType<typeof parseImport>) => {
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('expected a failure');
  expect(r.error).toContain('Nothing was changed');
  return r.error;
};

const file = (slots: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    site: SITE_NAME,
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: NOW.toISOString(),
    slots,
    ...extra,
  });

describe('buildExport', () => {
  it('includes only slots that read cleanly, with site, format, version and time', () => {
    const read = storeOf({
      [keyFor('progress')]: encode(progressSlot, progress),
      [keyFor('checklist')]: encode(checklistSlot, checklist),
      [keyFor('quizzes')]: '{broken',
      [keyFor('assessment')]: JSON.stringify({ version: 1, data: { draft: { s1: 9 }, attempts: [] } }),
      // worksheet: nothing stored
    });
    const out = buildExport(ALL_SLOTS, read, NOW);
    expect(out).toEqual({
      site: 'Managing Up',
      format: 'managing-up-export',
      version: EXPORT_VERSION,
      exportedAt: NOW.toISOString(),
      slots: {
        progress: { version: 1, data: progress },
        checklist: { version: 2, data: checklist },
      },
    });
  });

  it('exports older stored data in its migrated, current shape', () => {
    const read = storeOf({
      [keyFor('worksheet')]: JSON.stringify({ version: 1, data: { answers: { p1: 'hi' }, updatedAt: NOW.toISOString() } }),
    });
    const out = buildExport([worksheetSlot], read, NOW);
    expect(out.slots.worksheet!.version).toBe(2);
    expect(out.slots.worksheet!.data).toMatchObject({ sheets: [{ name: 'My current boss', answers: { p1: 'hi' } }] });
  });

  it('leaves out data from a newer version of the site', () => {
    const read = storeOf({ [keyFor('progress')]: JSON.stringify({ version: 99, data: {} }) });
    expect(buildExport(ALL_SLOTS, read, NOW).slots).toEqual({});
  });

  it('names the download after the date', () => {
    expect(exportFileName(NOW)).toBe('managing-up-data-2026-03-12.json');
  });
});

describe('parseImport', () => {
  it('round-trips the output of buildExport', () => {
    const read = storeOf({
      [keyFor('progress')]: encode(progressSlot, progress),
      [keyFor('checklist')]: encode(checklistSlot, checklist),
      [keyFor('worksheet')]: encode(worksheetSlot, worksheetSlot.empty()),
    });
    const text = JSON.stringify(buildExport(ALL_SLOTS, read, NOW));
    expect(parseImport(text, ALL_SLOTS)).toEqual({
      ok: true,
      exportedAt: NOW.toISOString(),
      slots: { progress, checklist, worksheet: worksheetSlot.empty() },
    });
  });

  it('rejects a file that is not JSON', () => {
    expect(nothingChanged(parseImport('this is not json', ALL_SLOTS))).toMatch(/not valid JSON/);
    nothingChanged(parseImport('', ALL_SLOTS));
  });

  it('rejects JSON that is not an export', () => {
    nothingChanged(parseImport(JSON.stringify({ format: 'someone-else', version: 1, slots: {} }), ALL_SLOTS));
    nothingChanged(parseImport(JSON.stringify({ format: EXPORT_FORMAT, version: 1 }), ALL_SLOTS));
    nothingChanged(parseImport('null', ALL_SLOTS));
    nothingChanged(parseImport('[1,2]', ALL_SLOTS));
    nothingChanged(parseImport(file({ progress: { version: 1, data: progress } }, { version: 'one' }), ALL_SLOTS));
  });

  it('rejects an export made by a newer version of the site', () => {
    const error = nothingChanged(
      parseImport(file({ progress: { version: 1, data: progress } }, { version: EXPORT_VERSION + 1 }), ALL_SLOTS),
    );
    expect(error).toMatch(/newer/);
  });

  it('rejects a slot the site does not know, naming it', () => {
    const error = nothingChanged(
      parseImport(file({ progress: { version: 1, data: progress }, mystery: { version: 1, data: {} } }), ALL_SLOTS),
    );
    expect(error).toContain('mystery');
  });

  it('rejects a slot with damaged data, naming the slot', () => {
    const error = nothingChanged(
      parseImport(
        file({ progress: { version: 1, data: progress }, checklist: { version: 1, data: { items: { a: { done: 'yes' } } } } }),
        ALL_SLOTS,
      ),
    );
    expect(error).toContain(checklistSlot.label);
    nothingChanged(parseImport(file({ quizzes: null }), ALL_SLOTS));
    nothingChanged(parseImport(file({ quizzes: { version: 1 } }), ALL_SLOTS));
  });

  it('rejects a slot saved by a newer version of the site', () => {
    const error = nothingChanged(
      parseImport(file({ quizzes: { version: knowledgeCheckSlot.version + 1, data: {} } }), ALL_SLOTS),
    );
    expect(error).toMatch(/newer/);
  });

  it('rejects an empty export', () => {
    expect(nothingChanged(parseImport(file({}), ALL_SLOTS))).toMatch(/empty/);
  });

  it('accepts a file whose worksheet slot is at version 1, migrating it', () => {
    const r = parseImport(
      file({ worksheet: { version: 1, data: { answers: { p1: 'Weekly 1:1' }, updatedAt: NOW.toISOString() } } }),
      ALL_SLOTS,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ws = r.slots.worksheet as ReturnType<typeof worksheetSlot.empty>;
    expect(ws.sheets).toHaveLength(1);
    expect(ws.sheets[0]).toMatchObject({ name: 'My current boss', answers: { p1: 'Weekly 1:1' } });
    expect(ws.activeId).toBe(ws.sheets[0]!.id);
  });

  it('returns an empty exportedAt when the file has none', () => {
    const r = parseImport(
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, slots: { progress: { version: 1, data: progress } } }),
      ALL_SLOTS,
    );
    expect(r).toEqual({ ok: true, exportedAt: '', slots: { progress } });
  });
});

describe('parseImport: hostile and odd files (issue 12, failures 2 and 8)', () => {
  const sheet = { id: 'ws-a', name: 'A', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), answers: {} };
  const ws = (extra: Record<string, unknown>, answers: Record<string, string> = {}) => ({
    version: 2,
    data: { activeId: 'ws-a', sheets: [{ ...sheet, answers, ...extra }] },
  });

  it('drops an 8 MB unknown field instead of importing it', () => {
    const r = parseImport(file({ worksheet: ws({ junk: 'x'.repeat(8_000_000) }) }), ALL_SLOTS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(JSON.stringify(r.slots.worksheet).length).toBeLessThan(1000);
  });

  it('refuses a part larger than the site keeps, saying which and how large', () => {
    const error = nothingChanged(
      parseImport(
        file({ progress: { version: 1, data: progress }, worksheet: ws({}, { week: 'x'.repeat(2_000_000) }) }),
        ALL_SLOTS,
      ),
    );
    expect(error).toContain('your worksheets');
    expect(error).toContain('too large');
    expect(error).toMatch(/2\.0 MB/);
  });

  it('gives no export date when the file has a date that cannot be read', () => {
    const r = parseImport(file({ progress: { version: 1, data: progress } }, { exportedAt: 'not a date' }), ALL_SLOTS);
    expect(r.ok && r.exportedAt).toBe('');
  });

  it('words every refusal without "The your" or "your your"', () => {
    const errors = [
      nothingChanged(parseImport(file({ worksheet: { version: 2, data: { nope: 1 } } }), ALL_SLOTS)),
      nothingChanged(parseImport(file({ worksheet: { version: 9, data: {} } }), ALL_SLOTS)),
    ];
    for (const e of errors) expect(e).not.toMatch(/\bthe your\b|\byour your\b/i);
  });
});
