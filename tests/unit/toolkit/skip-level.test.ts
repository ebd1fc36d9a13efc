import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { skipLevelSchema } from '../../../src/schemas/skip-level';
import { dayLabel } from '../../../src/lib/dates';
import {
  bossGap,
  contactsWithGaps,
  doneCount,
  emptySkipLevel,
  parseSkipLevel,
  skipLevelMarkdown,
  skipLevelSummary,
  stepStatus,
  uninformed,
  type Contact,
  type SkipLevelState,
} from '../../../src/lib/toolkit/skip-level';

const def = skipLevelSchema.parse(parse(readFileSync('src/data/toolkit/skip-level.yaml', 'utf8')));
const lesson = readFileSync('src/content/lessons/boss-of-your-boss.mdx', 'utf8');
const stepWith = (inform: string) => def.steps.find((s) => s.inform === inform)!;

const contact = (step: string, toldBefore: boolean, readOut: boolean, date = '2026-03-02'): Contact => ({
  date,
  who: 'Elena Ruiz',
  step,
  what: 'Talked about next year',
  toldBefore,
  readOut,
});

describe('skip-level steps data', () => {
  it("links every step to a section of the boss's-boss lesson", () => {
    const slugs = [...lesson.matchAll(/^#{2,3} (.+)$/gm)].map((m) =>
      m[1]!
        .toLowerCase()
        .replace(/[^a-z0-9 -]/g, '')
        .replace(/ /g, '-'),
    );
    for (const s of def.steps) expect(slugs, s.id).toContain(s.section);
  });

  it('has a step of every kind the contact check knows', () => {
    for (const k of ['none', 'before', 'after', 'both']) expect(stepWith(k), k).toBeTruthy();
  });
});

describe('is your boss in the loop?', () => {
  it('a hello never needs a report', () => {
    expect(bossGap(contact(stepWith('none').id, false, false), def)).toBeNull();
  });

  it('a contact your boss knew about, before or after, is fine for one-sided steps', () => {
    for (const k of ['before', 'after']) {
      const id = stepWith(k).id;
      expect(bossGap(contact(id, true, false), def), k).toBeNull();
      expect(bossGap(contact(id, false, true), def), k).toBeNull();
      expect(bossGap(contact(id, false, false), def), k).toBe('boss-unaware');
    }
  });

  it('a skip-level meeting needs it agreed first and a read-out after', () => {
    const id = stepWith('both').id;
    expect(bossGap(contact(id, false, false), def)).toBe('boss-unaware');
    expect(bossGap(contact(id, true, false), def)).toBe('read-out-due');
    expect(bossGap(contact(id, false, true), def)).toBeNull();
    expect(bossGap(contact(id, true, true), def)).toBeNull();
  });

  it('a contact of no step (or a step no longer in the data) needs your boss told either way', () => {
    expect(bossGap(contact('other', false, false), def)).toBe('boss-unaware');
    expect(bossGap(contact('a-removed-step', false, true), def)).toBeNull();
  });

  it('lists the contacts to act on, newest first', () => {
    const s: SkipLevelState = {
      steps: {},
      contacts: {
        a: contact('other', false, false, '2026-03-01'),
        b: contact(stepWith('both').id, true, true, '2026-03-05'),
        c: contact(stepWith('both').id, true, false, '2026-03-09'),
      },
    };
    expect(uninformed(s, def).map((c) => [c.id, c.gap])).toEqual([
      ['c', 'read-out-due'],
      ['a', 'boss-unaware'],
    ]);
    expect(contactsWithGaps(s, def).map((c) => c.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('step state', () => {
  const meetingStep = stepWith('both');
  it('is open until ticked or a contact is logged under it', () => {
    const s = emptySkipLevel();
    expect(stepStatus(meetingStep, s, def)).toBe('open');
    s.steps[meetingStep.id] = { done: true };
    expect(stepStatus(meetingStep, s, def)).toBe('done');
    expect(doneCount(s, def)).toBe(1);
    const logged: SkipLevelState = { steps: {}, contacts: { x: contact(meetingStep.id, true, true) } };
    expect(stepStatus(meetingStep, logged, def)).toBe('done');
  });

  it('flags a step whose contact your boss has not heard about, even when ticked', () => {
    const s: SkipLevelState = {
      steps: { [meetingStep.id]: { done: true } },
      contacts: { x: contact(meetingStep.id, true, false) },
    };
    expect(stepStatus(meetingStep, s, def)).toBe('boss-not-told');
    s.contacts.x!.readOut = true;
    expect(stepStatus(meetingStep, s, def)).toBe('done');
  });
});

describe('saved shape and export', () => {
  it('accepts a filled state and refuses a wrong one', () => {
    const s: SkipLevelState = {
      steps: { hello: { done: true } },
      contacts: { a: contact('hello', false, false) },
    };
    expect(parseSkipLevel({ ...s, junk: true })).toEqual(s);
    expect(parseSkipLevel({ steps: {}, contacts: { a: { ...contact('hello', false, false), readOut: 'yes' } } })).toBeNull();
    expect(parseSkipLevel(null)).toBeNull();
  });

  it('exports the steps and every contact, marking what still needs your boss told', () => {
    const s: SkipLevelState = {
      steps: { [def.steps[0]!.id]: { done: true } },
      contacts: { a: contact('other', false, false, '2026-03-04') },
    };
    const md = skipLevelMarkdown(def, s);
    expect(md).toContain(`- [x] ${def.steps[0]!.title}\n`);
    expect(md).toContain(`- [ ] ${def.steps[1]!.title}`);
    expect(md).toContain(`- **${dayLabel('2026-03-04')}**, Elena Ruiz (Other): Talked about next year`);
    expect(md).toContain('Boss knew beforehand: no; read-out given: no');
    expect(md).toContain('Still to do: tell your boss about this.');
    expect(skipLevelMarkdown(def, emptySkipLevel())).toContain('None logged yet.');
  });
});

describe('the My data line', () => {
  it('counts ticked steps and logged contacts', () => {
    const s: SkipLevelState = {
      steps: { a: { done: true }, b: { done: false } },
      contacts: { x: contact('other', false, false) },
    };
    expect(skipLevelSummary(s)).toBe('1 step ticked, 1 contact logged');
    expect(skipLevelSummary(emptySkipLevel())).toBe('0 steps ticked, 0 contacts logged');
  });
});
