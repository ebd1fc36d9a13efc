import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { worksheetSchema } from '../../src/schemas/worksheet';
import { newSheet, worksheetSlot, type Worksheet, type WorksheetState } from '../../src/lib/storage/slots/worksheet';
import {
  activeSheet,
  addSheet,
  answeredCount,
  clearAnswers,
  deleteSheet,
  promptCount,
  renameSheet,
  setAnswer,
  toPlainText,
  type WorksheetDef,
} from '../../src/lib/worksheet';
import { textFileName } from '../../src/lib/file-name';

const t = (d: number) => new Date(Date.UTC(2026, 2, d, 12));
const def: WorksheetDef = {
  title: 'Step into their shoes',
  intro: 'Intro',
  parts: [
    {
      id: 'one',
      title: 'Part 1: The job',
      intro: 'x',
      prompts: [
        { id: 'week', label: 'What does your boss do in a week?', hint: 'h', kind: 'text', lines: 4 },
        { id: 'mix', label: 'How is the role split?', hint: 'h', kind: 'text', lines: 4 },
      ],
    },
    {
      id: 'two',
      title: 'Part 2: The decision',
      intro: 'y',
      prompts: [
        {
          id: 'fit',
          label: 'How well does it fit?',
          hint: 'h',
          kind: 'scale',
          lines: 1,
          scale: { min: 1, max: 5, minLabel: 'Not at all', maxLabel: 'Perfectly' },
        },
        { id: 'why', label: 'Why that rating?', hint: 'h', kind: 'text', lines: 4 },
      ],
    },
  ],
};

const sheet = (id: string, name: string, answers: Record<string, string> = {}, d = 1): Worksheet => ({
  ...newSheet(name, t(d), id),
  answers,
});
const twoSheets = (): WorksheetState => ({
  activeId: 'ws-b',
  sheets: [sheet('ws-a', 'Alex', { week: 'meetings' }), sheet('ws-b', 'Jordan', { mix: 'half and half' })],
});

describe('activeSheet', () => {
  it('finds the active sheet, falling back to the first', () => {
    expect(activeSheet(twoSheets()).id).toBe('ws-b');
    expect(activeSheet({ ...twoSheets(), activeId: 'gone' }).id).toBe('ws-a');
  });
});

describe('setAnswer', () => {
  it('sets an answer on the active sheet only and bumps its updatedAt', () => {
    const before = twoSheets();
    const snapshot = structuredClone(before);
    const next = setAnswer(before, 'week', 'one-on-ones and reports', t(5));
    expect(next.sheets[1]).toEqual({
      ...before.sheets[1],
      answers: { mix: 'half and half', week: 'one-on-ones and reports' },
      updatedAt: t(5).toISOString(),
    });
    expect(next.sheets[0]).toEqual(before.sheets[0]);
    expect(next.activeId).toBe('ws-b');
    expect(before).toEqual(snapshot);
  });

  it('replaces an existing answer', () => {
    expect(setAnswer(twoSheets(), 'mix', 'mostly people', t(5)).sheets[1]!.answers).toEqual({ mix: 'mostly people' });
  });

  it('removes the answer when given an empty string', () => {
    const next = setAnswer(twoSheets(), 'mix', '', t(6));
    expect(next.sheets[1]!.answers).toEqual({});
    expect('mix' in next.sheets[1]!.answers).toBe(false);
    expect(next.sheets[1]!.updatedAt).toBe(t(6).toISOString());
    expect(next.sheets[0]!.answers).toEqual({ week: 'meetings' });
  });

  it('produces valid slot data', () => {
    const next = setAnswer(twoSheets(), 'fit', '4', t(5));
    expect(worksheetSlot.validate(JSON.parse(JSON.stringify(next)))).toEqual(next);
  });
});

describe('addSheet', () => {
  it('adds a sheet with a trimmed name and makes it active', () => {
    const next = addSheet(twoSheets(), '  Sam  ', t(7));
    expect(next.sheets).toHaveLength(3);
    const added = next.sheets[2]!;
    expect(added).toMatchObject({ name: 'Sam', answers: {}, createdAt: t(7).toISOString(), updatedAt: t(7).toISOString() });
    expect(next.activeId).toBe(added.id);
    expect(next.sheets.slice(0, 2)).toEqual(twoSheets().sheets);
  });

  it("defaults an empty or blank name to 'Untitled worksheet'", () => {
    expect(addSheet(twoSheets(), '', t(7)).sheets[2]!.name).toBe('Untitled worksheet');
    expect(addSheet(twoSheets(), '   ', t(7)).sheets[2]!.name).toBe('Untitled worksheet');
  });

  it('never duplicates an id, even when added in the same millisecond', () => {
    let s = twoSheets();
    for (let i = 0; i < 4; i++) s = addSheet(s, `Sheet ${i}`, t(7));
    const ids = s.sheets.map((x) => x.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    expect(s.activeId).toBe(ids[5]);
  });
});

describe('renameSheet', () => {
  it('renames the given sheet, trimmed', () => {
    const next = renameSheet(twoSheets(), 'ws-a', '  Alex (old job) ');
    expect(next.sheets.map((s) => s.name)).toEqual(['Alex (old job)', 'Jordan']);
    expect(next.activeId).toBe('ws-b');
  });

  it('ignores a blank name', () => {
    const before = twoSheets();
    expect(renameSheet(before, 'ws-a', '')).toBe(before);
    expect(renameSheet(before, 'ws-a', '   ').sheets[0]!.name).toBe('Alex');
  });
});

describe('deleteSheet', () => {
  it('removes the active sheet and activates another', () => {
    const next = deleteSheet(twoSheets(), 'ws-b', t(8));
    expect(next.sheets.map((s) => s.id)).toEqual(['ws-a']);
    expect(next.activeId).toBe('ws-a');
  });

  it('keeps the active sheet when another is deleted', () => {
    const next = deleteSheet(twoSheets(), 'ws-a', t(8));
    expect(next.sheets.map((s) => s.id)).toEqual(['ws-b']);
    expect(next.activeId).toBe('ws-b');
  });

  it('empties the last sheet instead of removing it', () => {
    const only: WorksheetState = { activeId: 'ws-a', sheets: [sheet('ws-a', 'Alex', { week: 'meetings', fit: '3' })] };
    const next = deleteSheet(only, 'ws-a', t(9));
    expect(next).toEqual({ activeId: 'ws-a', sheets: [{ ...only.sheets[0], answers: {}, updatedAt: t(9).toISOString() }] });
    expect(worksheetSlot.validate(JSON.parse(JSON.stringify(next)))).toEqual(next);
  });
});

describe('clearAnswers', () => {
  it('empties the active sheet only and bumps its updatedAt', () => {
    const before = twoSheets();
    const next = clearAnswers(before, t(10));
    expect(next.sheets[1]).toEqual({ ...before.sheets[1], answers: {}, updatedAt: t(10).toISOString() });
    expect(next.sheets[0]).toEqual(before.sheets[0]);
    expect(before.sheets[1]!.answers).toEqual({ mix: 'half and half' });
  });
});

describe('answeredCount / promptCount', () => {
  it('counts answered prompts, ignoring whitespace-only answers and unknown prompt ids', () => {
    const s = sheet('ws-a', 'Alex', { week: 'meetings', mix: '   ', fit: '4', why: '\n\t', stray: 'x' });
    expect(answeredCount(def, s)).toBe(2);
    expect(answeredCount(def, sheet('ws-a', 'Alex'))).toBe(0);
    expect(promptCount(def)).toBe(4);
  });
});

describe('toPlainText of the real worksheet', () => {
  it('includes every part, prompt label and answer, with the scale spelled out', () => {
    const real = worksheetSchema.parse(parse(readFileSync('src/data/worksheet.yaml', 'utf8')));
    const prompts = real.parts.flatMap((p) => p.prompts);
    expect(prompts.length).toBeGreaterThan(0);
    const answers = Object.fromEntries(prompts.map((p, i) => [p.id, p.kind === 'scale' ? '3' : `answer number ${i}`]));
    const out = toPlainText(real, sheet('ws-a', 'Real', answers));
    const lines = out.split('\n');
    expect(lines[0]).toBe(`${real.title}: Real`);
    for (const part of real.parts) expect(lines).toContain(part.title.toUpperCase());
    for (const p of prompts) {
      expect(lines).toContain(p.label);
      if (p.kind !== 'scale') expect(lines).toContain(answers[p.id]);
    }
    const scale = prompts.find((p) => p.kind === 'scale')!;
    expect(lines).toContain(
      `3 of ${scale.scale!.max} (${scale.scale!.min} = ${scale.scale!.minLabel}, ${scale.scale!.max} = ${scale.scale!.maxLabel})`,
    );
    expect(out).not.toContain('(not answered yet)');
  });
});

describe('toPlainText', () => {
  it('writes title, upper-cased part titles, labels and answers, ending in one newline', () => {
    const text = toPlainText(def, sheet('ws-a', 'Jordan', { week: 'meetings', fit: '2' }));
    expect(text).toBe(
      [
        'Step into their shoes: Jordan',
        '',
        'PART 1: THE JOB',
        '',
        'What does your boss do in a week?',
        'meetings',
        '',
        'How is the role split?',
        '(not answered yet)',
        '',
        'PART 2: THE DECISION',
        '',
        'How well does it fit?',
        '2 of 5 (1 = Not at all, 5 = Perfectly)',
        '',
        'Why that rating?',
        '(not answered yet)',
      ].join('\n') + '\n',
    );
    expect(text).not.toMatch(/[#_*]/);
  });
});

describe('textFileName', () => {
  const named = (name: string) => textFileName(sheet('ws-a', name));
  it('slugifies the sheet name', () => {
    expect(named('Jordan (new job)')).toBe('worksheet-jordan-new-job.txt');
    expect(named('My current boss')).toBe('worksheet-my-current-boss.txt');
    expect(named('  Sam & Lee -- 2026!  ')).toBe('worksheet-sam-lee-2026.txt');
  });
  // Issue 12, point 8: a name in Arabic downloaded as worksheet-untitled.
  it('keeps letters of any script', () => {
    expect(named('مديري الحالي')).toBe('worksheet-مديري-الحالي.txt');
    expect(named('Zoë Müller')).toBe('worksheet-zoë-müller.txt');
    expect(named('दीपा')).toBe('worksheet-दीपा.txt');
  });
  it('falls back to untitled when nothing usable is left', () => {
    expect(named('')).toBe('worksheet-untitled.txt');
    expect(named('!!! ???')).toBe('worksheet-untitled.txt');
  });
});
