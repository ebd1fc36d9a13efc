import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  HEADLINE_WORDS,
  activeDraft,
  addDraft,
  addOption,
  conflictLabels,
  buildMessage,
  channelTip,
  deleteDraft,
  draftName,
  draftsSchema,
  makeDraft,
  makeDrafts,
  draftFileName,
  removeOption,
  setDraftField,
  setOption,
  setStep,
  shapeFor,
  summarizeDrafts,
  toPlainText,
  warnings,
  type BadNewsDef,
  type BadNewsDraft,
} from '../../../src/lib/toolkit/bad-news';
import { makeManual, type BossManual } from '../../../src/lib/toolkit/boss-manual';
import { badNewsSchema } from '../../../src/schemas/bad-news';

const t = (d: number) => new Date(Date.UTC(2026, 2, d, 12));
const def = badNewsSchema.parse(JSON.parse(readFileSync('src/data/toolkit/bad-news.json', 'utf8'))) as BadNewsDef;

/** A filled draft: the dashboard that slips, with two options and a recommendation. */
function filled(): BadNewsDraft {
  let s = makeDrafts();
  s = setStep(s, 'happened', 'The finance dashboard will miss the 14th', t(2));
  s = setStep(s, 'impact', 'Month-end close runs on the old report, about two extra days of work', t(2));
  s = setStep(s, 'done', 'Told the finance leads and booked a fix review for Thursday', t(2));
  s = setStep(s, 'cause', 'Their data arrived a week late', t(2));
  s = setStep(s, 'prevent', 'A data cut-off date in every plan from now on', t(2));
  s = setStep(s, 'need', 'A yes or no on option 2 by Wednesday', t(2));
  s = setOption(s, 'a', 'what', 'Borrow Kenji for a week', t(2));
  s = setOption(s, 'a', 'pros', 'Keeps the 14th', t(2));
  s = setOption(s, 'a', 'cons', 'His audit work slips', t(2));
  s = setOption(s, 'b', 'what', 'Ship on the 21st', t(2));
  s = setOption(s, 'b', 'pros', 'No one else is pulled off', t(2));
  s = setOption(s, 'b', 'cons', 'Finance waits a week', t(2));
  s = setDraftField(s, 'recommended', 'b', t(2));
  s = setDraftField(s, 'reason', 'The audit has its own deadline', t(2));
  return activeDraft(s);
}
const withFormat = (value: string, guess = false): BossManual => ({
  ...makeManual('Ingrid', t(1), 'i'),
  fields: { format: { value, guess } },
});

describe('the brief’s words', () => {
  it('name every step once', () => {
    expect(def.steps.map((s) => s.id)).toEqual([
      'happened',
      'impact',
      'done',
      'cause',
      'prevent',
      'options',
      'recommend',
      'need',
    ]);
  });
});

describe('editing drafts', () => {
  it('keeps between two and three options, and clears a removed recommendation', () => {
    let s = makeDrafts();
    s = removeOption(s, 'a', t(2));
    expect(activeDraft(s).options).toHaveLength(2);
    s = addOption(s, t(2));
    s = addOption(s, t(2));
    expect(activeDraft(s).options.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    s = setDraftField(s, 'recommended', 'c', t(3));
    s = removeOption(s, 'c', t(4));
    expect(activeDraft(s).options.map((o) => o.id)).toEqual(['a', 'b']);
    expect(activeDraft(s).recommended).toBe('');
    expect(activeDraft(s).updatedAt).toBe(t(4).toISOString());
  });
  it('keeps drafts: a new one leaves the old one as it was, and shares its boss', () => {
    let s = setDraftField(makeDrafts(), 'bossId', 'boss-first', t(2));
    s = setStep(s, 'happened', 'Late shipment', t(2));
    s = addDraft(s, t(3));
    expect(s.drafts).toHaveLength(2);
    expect(activeDraft(s).bossId).toBe('boss-first');
    expect(activeDraft(s).steps).toEqual({});
    expect(s.drafts[0]!.steps.happened).toBe('Late shipment');
    s = deleteDraft(s, s.activeId, t(4));
    expect(s.drafts).toHaveLength(1);
    s = deleteDraft(s, s.activeId, t(5));
    expect(s.drafts).toHaveLength(1);
    expect(activeDraft(s).steps).toEqual({});
    expect(activeDraft(s).bossId).toBe('boss-first');
  });
  it('names a draft by its title, else the start of what happened', () => {
    const d = makeDraft(t(1), 'x');
    expect(draftName(d)).toBe('Untitled draft');
    expect(draftName({ ...d, steps: { happened: 'The  shipment to Halvorsen left two days late again this week' } })).toBe(
      'The shipment to Halvorsen left two days…',
    );
    expect(draftName({ ...d, title: ' Halvorsen ' })).toBe('Halvorsen');
    expect(draftName({ ...d, steps: { happened: 'x'.repeat(80) } })).toBe(`${'x'.repeat(47)}…`);
    expect(draftFileName({ ...d, title: 'Halvorsen: late!' })).toBe('bad-news-halvorsen-late.txt');
    expect(draftFileName({ ...d, title: 'تأخير الشحنة' })).toBe('bad-news-تأخير-الشحنة.txt');
  });
  it('saves a shape the schema accepts, and refuses four options or repeated ids', () => {
    const s = { activeId: 'draft-first', drafts: [filled()] };
    expect(draftsSchema.parse(s)).toEqual(s);
    const d = filled();
    const four = { ...d, options: [...d.options, { ...d.options[0]!, id: 'c' }, { ...d.options[0]!, id: 'c' }] };
    expect(draftsSchema.safeParse({ activeId: d.id, drafts: [four] }).success).toBe(false);
    expect(draftsSchema.safeParse({ activeId: d.id, drafts: [d, d] }).success).toBe(false);
    expect(draftsSchema.safeParse({ activeId: d.id, drafts: [{ ...d, steps: { mood: 'bad' } }] }).success).toBe(false);
  });
});

describe('the message', () => {
  it('is shaped by the manual: short for the headline boss, laid out for numbers, fuller for talkers', () => {
    expect(shapeFor(undefined).shape).toBe('short');
    expect(shapeFor(withFormat('headline')).shape).toBe('short');
    expect(shapeFor(withFormat('data')).shape).toBe('numbers');
    expect(shapeFor(withFormat('discussion', true))).toMatchObject({ shape: 'story', because: expect.stringContaining('guess') });
  });
  it('opens with the news in every shape, and the short one is the shortest', () => {
    const d = filled();
    const short = buildMessage(d, 'short');
    const numbers = buildMessage(d, 'numbers');
    const story = buildMessage(d, 'story');
    for (const m of [short, numbers, story])
      expect(m.startsWith('The finance dashboard will miss the 14th. Month-end close runs on the old report')).toBe(true);
    expect(short.length).toBeLessThan(numbers.length);
    expect(short.length).toBeLessThan(story.length);
  });
  it('short: the recommendation with its cost, the other options, the ask', () => {
    const m = buildMessage(filled(), 'short');
    expect(m).toContain("I'd suggest: Ship on the 21st. The cost: Finance waits a week. The audit has its own deadline.");
    expect(m).toContain('Other options: Borrow Kenji for a week.');
    expect(m).toContain('From you: A yes or no on option 2 by Wednesday.');
    expect(m).not.toContain('Their data arrived a week late');
  });
  it('short: the closing offer claims only what is filled in, cause and fix', () => {
    const both = 'I know the cause and how to stop it happening again';
    const only = (step: 'cause' | 'prevent') => {
      let s = makeDrafts();
      s = setStep(s, 'happened', 'The finance dashboard will miss the 14th', t(2));
      s = setStep(s, step, 'Their data arrived a week late', t(2));
      return buildMessage(activeDraft(s), 'short');
    };
    expect(buildMessage(filled(), 'short')).toContain(`${both}; happy to go through it whenever suits you.`);
    expect(only('cause')).toContain('I know what caused it; happy to go through it whenever suits you.');
    expect(only('cause')).not.toContain('stop it happening again');
    expect(only('prevent')).toContain('I have a plan to stop it happening again;');
    expect(only('prevent')).not.toContain('I know the cause');
    let s = makeDrafts();
    s = setStep(s, 'happened', 'The finance dashboard will miss the 14th', t(2));
    expect(buildMessage(activeDraft(s), 'short')).not.toMatch(/cause|happening again/);
  });
  it('numbers: every part, options numbered with both sides', () => {
    const m = buildMessage(filled(), 'numbers');
    expect(m).toContain('Cause: Their data arrived a week late.');
    expect(m).toContain(
      'Options:\n1. Borrow Kenji for a week.\n   For: Keeps the 14th.\n   Against: His audit work slips.\n2. Ship on the 21st.',
    );
    expect(m).toContain('I recommend option 2: The audit has its own deadline.');
  });
  it('story: how it happened, the ways forward, and an invitation to talk', () => {
    const m = buildMessage(filled(), 'story');
    expect(m).toContain('How it happened: Their data arrived a week late.');
    expect(m).toContain(
      'I can see two ways forward:\n- Borrow Kenji for a week. Upside: Keeps the 14th. Downside: His audit work slips.',
    );
    expect(m).toContain('I lean toward: Ship on the 21st.');
    expect(m.endsWith('When suits you?')).toBe(true);
  });
  it('leaves out empty steps and is empty for an empty draft', () => {
    expect(buildMessage(makeDraft(t(1)), 'story')).toBe('');
    const only = { ...makeDraft(t(1)), steps: { happened: 'We lost the Brenner account!' } };
    expect(buildMessage(only, 'numbers')).toBe('We lost the Brenner account!');
  });
  it('says where to send it, from the manual’s urgent channel', () => {
    const m = (value: string): BossManual => ({
      ...makeManual('x', t(1)),
      fields: { 'channel-urgent': { value, guess: false } },
    });
    expect(channelTip(undefined)).toBeNull();
    expect(channelTip(m('chat'))).toContain('a chat message');
    expect(channelTip(m('call'))).toContain('in writing');
    expect(channelTip(m('one-on-one'))).toContain('tell them today');
  });
});

describe('warnings', () => {
  const ids = (d: BadNewsDraft) => warnings(d).map((w) => w.id);
  it('none for an empty draft or a complete one', () => {
    expect(warnings(makeDraft(t(1)))).toEqual([]);
    expect(warnings(filled())).toEqual([]);
  });
  it('an option with no downside, or no upside, is named by its number', () => {
    const d = filled();
    const w = warnings({ ...d, options: [d.options[0]!, { ...d.options[1]!, cons: ' ' }] });
    expect(w).toEqual([
      expect.objectContaining({ id: 'no-downside', field: 'option-b-cons', message: expect.stringContaining('Option 2') }),
    ]);
    expect(ids({ ...d, options: [{ ...d.options[0]!, pros: '' }, d.options[1]!] })).toEqual(['no-upside']);
  });
  it('the news buried under a warm-up, a long opening, or missing', () => {
    const d = filled();
    expect(
      ids({ ...d, steps: { ...d.steps, happened: 'As you know, the dashboard has been tricky. It will miss the 14th.' } }),
    ).toEqual(['lead-in']);
    expect(ids({ ...d, steps: { ...d.steps, happened: 'Hope you had a good weekend! The dashboard is late.' } })).toEqual([
      'lead-in',
    ]);
    const long = Array.from({ length: HEADLINE_WORDS + 1 }, (_, i) => `word${i}`).join(' ');
    expect(ids({ ...d, steps: { ...d.steps, happened: long } })).toEqual(['long-opening']);
    expect(ids({ ...d, steps: { ...d.steps, happened: `Short news. ${long}` } })).toEqual([]);
    const { happened: _, ...rest } = d.steps;
    expect(ids({ ...d, steps: rest })).toEqual(['no-headline']);
  });
  it('one option only, or no pick among several', () => {
    const d = filled();
    expect(ids({ ...d, options: [d.options[0]!, { ...d.options[1]!, what: '' }], recommended: 'a' })).toEqual(['one-option']);
    expect(ids({ ...d, recommended: '' })).toEqual(['no-recommendation']);
  });
});

describe('export', () => {
  it('writes every step, the options and the message as plain text', () => {
    const d = filled();
    const message = buildMessage(d, 'short');
    const txt = toPlainText(def, d, message);
    expect(txt).toMatch(/^Bad-news brief: The finance dashboard will miss the 14th\n/);
    expect(txt).toContain('Option 2: Ship on the 21st\nFor: No one else is pulled off\nAgainst: Finance waits a week\n');
    expect(txt).toContain('THE ONE YOU RECOMMEND\n\nOption 2: Ship on the 21st\n\nThe audit has its own deadline');
    expect(txt).toContain(`THE MESSAGE\n\n${message}`);
    for (const step of def.steps) expect(txt).toContain(step.title.toUpperCase());
    expect(txt).not.toMatch(/[#>]|_Not/);
  });
});

describe('summary for My data', () => {
  it('counts the drafts and names them', () => {
    const one = { activeId: 'x', drafts: [filled()] };
    expect(summarizeDrafts(one)).toBe('1 draft (The finance dashboard will miss the 14th)');
    const two = addDraft(one, t(5));
    expect(summarizeDrafts(two)).toBe('2 drafts (The finance dashboard will miss the 14th, Untitled draft)');
  });
});

describe('conflict labels', () => {
  it('name the steps and options two tabs both changed', () => {
    expect(
      conflictLabels(def, ['drafts/d1/steps/cause', 'drafts/d1/options/b/cons', 'drafts/d1/reason', 'drafts/d1/title']),
    ).toEqual(['The cause', 'option 2', 'your recommendation', 'the draft’s name']);
  });
});
