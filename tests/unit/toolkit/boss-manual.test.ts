import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FIELD_IDS,
  activeManual,
  addManual,
  conflictLabels,
  answeredCount,
  deleteManual,
  makeManual,
  makeManuals,
  manualsSchema,
  manualFileName,
  openQuestions,
  preferredChannel,
  preferredFormat,
  renameManual,
  setAnswer,
  summarizeManuals,
  toPlainText,
  type ManualDef,
} from '../../../src/lib/toolkit/boss-manual';
import { bossManualSchema } from '../../../src/schemas/boss-manual';

const t = (d: number) => new Date(Date.UTC(2026, 2, d, 12));
const words = JSON.parse(readFileSync('src/data/toolkit/boss-manual.json', 'utf8'));
const def = bossManualSchema.parse(words) as ManualDef;

describe('the manual’s words', () => {
  it('name every field once, with the choices the logic reads', () => {
    expect(def.sections.flatMap((s) => s.fields.map((f) => f.id)).sort()).toEqual([...FIELD_IDS].sort());
  });
  it('are refused when a field is missing or a choice is unknown', () => {
    const missing = structuredClone(words);
    missing.sections[0].fields.pop();
    expect(bossManualSchema.safeParse(missing).success).toBe(false);
    const badChoice = structuredClone(words);
    badChoice.sections[1].fields[0].options = [{ id: 'pigeon', label: 'Carrier pigeon' }];
    expect(bossManualSchema.safeParse(badChoice).success).toBe(false);
  });
});

describe('editing manuals', () => {
  it('sets, marks as a guess and clears answers on the showing manual only', () => {
    let s = addManual(makeManuals(), 'Naomi', t(2));
    s = setAnswer(s, 'goals', { value: 'Cut claim time 15%' }, t(3));
    s = setAnswer(s, 'goals', { guess: true }, t(4));
    const naomi = activeManual(s);
    expect(naomi.name).toBe('Naomi');
    expect(naomi.fields.goals).toEqual({ value: 'Cut claim time 15%', guess: true });
    expect(naomi.updatedAt).toBe(t(4).toISOString());
    expect(s.manuals[0]!.fields).toEqual({});
    s = setAnswer(s, 'goals', { value: '', guess: false }, t(5));
    expect(activeManual(s).fields).toEqual({});
  });
  it('keeps a blank field marked as a guess (an unknown worth asking about)', () => {
    const s = setAnswer(makeManuals(), 'pressure', { guess: true }, t(2));
    expect(activeManual(s).fields.pressure).toEqual({ value: '', guess: true });
  });
  it('renames, ignores blank names, and never deletes the last manual', () => {
    let s = renameManual(makeManuals(), 'boss-first', '  Elena ', t(2));
    expect(activeManual(s).name).toBe('Elena');
    expect(renameManual(s, 'boss-first', '   ')).toBe(s);
    s = setAnswer(s, 'values', { value: 'Clean numbers' }, t(3));
    s = deleteManual(s, 'boss-first', t(4));
    expect(s.manuals).toHaveLength(1);
    expect(activeManual(s).fields).toEqual({});
    s = addManual(s, '', t(5));
    expect(activeManual(s).name).toBe('Another boss');
    const second = s.activeId;
    s = deleteManual(s, second, t(6));
    expect(s.manuals.map((m) => m.id)).toEqual(['boss-first']);
  });
  it('gives a second manual made in the same millisecond its own id', () => {
    const s = addManual(addManual(makeManuals(), 'A', t(2)), 'B', t(2));
    expect(new Set(s.manuals.map((m) => m.id)).size).toBe(3);
  });
});

describe('the saved shape', () => {
  it('accepts what the edits make and drops unknown keys', () => {
    const s = setAnswer(makeManuals(), 'format', { value: 'data', guess: true }, t(2));
    expect(manualsSchema.parse({ ...s, extra: 1 })).toEqual(s);
  });
  it('refuses repeated ids, an empty list and a bad date', () => {
    const m = makeManual('A', t(1), 'x');
    expect(manualsSchema.safeParse({ activeId: 'x', manuals: [m, m] }).success).toBe(false);
    expect(manualsSchema.safeParse({ activeId: 'x', manuals: [] }).success).toBe(false);
    expect(manualsSchema.safeParse({ activeId: 'x', manuals: [{ ...m, updatedAt: 'yesterday' }] }).success).toBe(false);
  });
});

describe('reading a manual', () => {
  const m = {
    ...makeManual('Ingrid', t(1), 'i'),
    fields: {
      goals: { value: 'Ship the portal', guess: false },
      'channel-urgent': { value: 'call', guess: true },
      format: { value: 'headline', guess: false },
      'pet-peeves': { value: 'Surprises', guess: true },
      strengths: { value: '   ', guess: false },
    },
  };
  it('counts answers with text in them', () => {
    expect(answeredCount(m)).toBe(4);
  });
  it('reads the preferred format and channel, and ignores values it does not know', () => {
    expect(preferredFormat(m)).toEqual({ format: 'headline', guess: false });
    expect(preferredChannel(m, 'urgent')).toEqual({ channel: 'call', guess: true });
    expect(preferredChannel(m, 'routine')).toBeNull();
    expect(preferredFormat({ ...m, fields: { format: { value: 'smoke signals', guess: false } } })).toBeNull();
  });
  it('turns every guess into a question for the next one-on-one, in the manual’s order', () => {
    expect(openQuestions(m)).toEqual([
      { fieldId: 'channel-urgent', question: "If something's urgent, what's the fastest way to reach you?", guess: 'call' },
      {
        fieldId: 'pet-peeves',
        question: 'Is there anything people on the team do that makes your job harder?',
        guess: 'Surprises',
      },
    ]);
    expect(openQuestions({ ...m, fields: {} })).toEqual([]);
  });
  it('shows a guessed choice in the words the reader picked it by, given the form', () => {
    expect(openQuestions(m, def)[0]?.guess).toBe('Phone call');
    expect(openQuestions(m, def)[1]?.guess).toBe('Surprises');
  });
});

describe('export', () => {
  const m = {
    ...makeManual('Naomi R.', t(1), 'n'),
    updatedAt: t(4).toISOString(),
    fields: {
      goals: { value: 'Renewals up 10%', guess: false },
      'channel-urgent': { value: 'chat', guess: true },
    },
  };
  it("names the text download from the boss's name, in any script", () => {
    expect(manualFileName(m)).toBe('boss-manual-naomi-r.txt');
    expect(manualFileName({ ...m, name: 'مديري' })).toBe('boss-manual-مديري.txt');
    expect(manualFileName({ ...m, name: '!!!' })).toBe('boss-manual-untitled.txt');
  });
  it('writes plain text with every label', () => {
    const txt = toPlainText(def, m);
    expect(txt).toMatch(/^Your boss's user manual: Naomi R\.\n/);
    expect(txt).toContain('Their goals this quarter\nRenewals up 10%\n');
    expect(txt).toContain('Urgent\nChat message (a guess — check it)');
    expect(txt).toContain('(not filled in yet)');
    expect(txt).toContain("TO CHECK AT YOUR NEXT ONE-ON-ONE\n\n- If something's urgent, what's the fastest way to reach you?");
    for (const s of def.sections) for (const f of s.fields) expect(txt).toContain(f.label);
  });
});

describe('summary for My data', () => {
  it('counts bosses, answers and guesses in words', () => {
    let s = renameManual(makeManuals(), 'boss-first', 'Naomi', t(1));
    expect(summarizeManuals(s)).toBe('1 boss (Naomi): 0 answers');
    s = setAnswer(s, 'goals', { value: 'Renewals', guess: true }, t(2));
    expect(summarizeManuals(s)).toBe('1 boss (Naomi): 1 answer, 1 still a guess');
    s = setAnswer(addManual(s, 'Theo', t(3)), 'values', { value: 'Speed' }, t(4));
    s = setAnswer(s, 'pressure', { guess: true }, t(5));
    expect(summarizeManuals(s)).toBe('2 bosses (Naomi, Theo): 2 answers, 2 still guesses');
  });
});

describe('conflict labels', () => {
  it('name the answers two tabs both changed', () => {
    expect(
      conflictLabels(def, ['manuals/boss-first/fields/goals/value', 'manuals/boss-first/fields/goals/guess', 'manuals/x/name']),
    ).toEqual(['Their goals this quarter', 'the manual’s name']);
  });
});
