import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { oneOnOneSchema } from '../../../src/schemas/one-on-one';
import { dayLabel } from '../../../src/lib/dates';
import {
  AGENDA_WINS,
  addAction,
  addAsk,
  addWin,
  openAsks,
  removeWin,
  setAction,
  setNext,
  setNotes,
  settleAsk,
  agendaText,
  buildAgenda,
  emptyOneOnOne,
  oneOnOneSummary,
  openActions,
  parseOneOnOne,
  pickCareerQuestion,
  recentWins,
  reviewMarkdown,
  startMeeting,
  winsByQuarter,
  type OneOnOneState,
} from '../../../src/lib/toolkit/one-on-one';

const def = oneOnOneSchema.parse(parse(readFileSync('src/data/toolkit/one-on-one.yaml', 'utf8')));

const win = (date: string, what: string, impact = '', helped = '') => ({ date, what, impact, helped });
function withWins(...wins: ReturnType<typeof win>[]): OneOnOneState {
  const s = emptyOneOnOne();
  wins.forEach((w, i) => (s.wins[`w${i}`] = w));
  return s;
}
const meeting = (
  date: string,
  careerQuestion: string,
  actions: Record<string, { text: string; owner: string; done: boolean }> = {},
) => ({
  date,
  agenda: '',
  careerQuestion,
  notes: '',
  actions,
});
const section = (agenda: ReturnType<typeof buildAgenda>, id: string) => agenda.find((s) => s.id === id)!;

describe('one-on-one state', () => {
  it('accepts a filled state, drops unknown fields, and refuses a wrong shape', () => {
    const s = withWins(win('2026-03-02', 'Shipped the export', 'Saved a day a week', 'Ana'));
    const parsed = parseOneOnOne({ ...s, extra: 1, wins: { w0: { ...s.wins.w0, colour: 'red' } } });
    expect(parsed).toEqual(s);
    expect(parseOneOnOne({ ...s, wins: { w0: { ...s.wins.w0, date: '2 March' } } })).toBeNull();
    expect(parseOneOnOne({ wins: [] })).toBeNull();
    expect(parseOneOnOne(emptyOneOnOne())).toEqual(emptyOneOnOne());
  });

  it('refuses text too long to keep', () => {
    expect(parseOneOnOne(withWins(win('2026-03-02', 'x'.repeat(4001))))).toBeNull();
  });
});

describe('the agenda', () => {
  it('leads with the newest wins since the last meeting, with impact and who helped', () => {
    const s = withWins(
      win('2026-02-20', 'Before the last meeting'),
      win('2026-03-02', 'Fixed the invoice bug', 'No more refunds by hand', 'Ana'),
      win('2026-03-05', 'Ran the planning day'),
      win('2026-03-03', 'Trained the new starter', '', 'Sam'),
      win('2026-03-01', 'On the meeting day'),
      win('2026-03-04', 'Fourth recent win'),
    );
    s.meetings.m1 = meeting('2026-03-01', def.careerQuestions[0]!);
    expect(recentWins(s, '2026-03-10').map((w) => w.what)).toEqual([
      'Ran the planning day',
      'Fourth recent win',
      'Trained the new starter',
      'Fixed the invoice bug',
      'On the meeting day',
    ]);
    const wins = section(buildAgenda({ def, state: s, questions: [], today: '2026-03-10' }), 'wins').items;
    expect(wins).toHaveLength(AGENDA_WINS);
    expect(wins[2]).toEqual({ text: 'Trained the new starter', detail: 'with Sam' });
    const all = section(
      buildAgenda({ def, state: withWins(win('2026-03-02', 'Fixed it', 'Faster', 'Ana')), questions: [], today: '2026-03-10' }),
      'wins',
    );
    expect(all.items[0]).toEqual({ text: 'Fixed it', detail: 'Faster · with Ana' });
  });

  it('with no meeting yet, counts the last 30 days as recent', () => {
    const s = withWins(win('2026-02-08', 'Too old'), win('2026-02-09', 'Just in'));
    expect(recentWins(s, '2026-03-11').map((w) => w.what)).toEqual(['Just in']);
  });

  it("asks the manual's open questions, in its order", () => {
    const questions = [
      { fieldId: 'channel-urgent', question: "What's the best way to reach you when something can't wait?" },
      { fieldId: 'goals', question: 'What are you most focused on this quarter?' },
    ];
    const agenda = buildAgenda({ def, state: emptyOneOnOne(), questions, today: '2026-03-10' });
    expect(section(agenda, 'questions').items.map((i) => i.text)).toEqual(questions.map((q) => q.question));
    const guessed = buildAgenda({
      def,
      state: emptyOneOnOne(),
      questions: [{ ...questions[1]!, guess: 'Hiring' }],
      today: '2026-03-10',
    });
    expect(section(guessed, 'questions').items).toEqual([{ text: questions[1]!.question, detail: 'my guess: Hiring' }]);
  });

  it('carries open actions into progress and open asks into risks, after what the reader wrote', () => {
    const s = emptyOneOnOne();
    s.next = { progress: 'Report draft is done\n\n  Budget at 80%  ', risks: 'Launch may slip a week' };
    s.meetings.m1 = meeting('2026-03-01', 'q', {
      a1: { text: 'Send the draft to finance', owner: 'me', done: false },
      a2: { text: 'Book the room', owner: 'me', done: true },
    });
    s.asks.k1 = { date: '2026-03-03', what: 'A decision on the vendor', done: false };
    s.asks.k2 = { date: '2026-03-02', what: 'Already settled', done: true };
    const agenda = buildAgenda({ def, state: s, questions: [], today: '2026-03-10' });
    expect(section(agenda, 'progress').items).toEqual([
      { text: 'Send the draft to finance', detail: `agreed ${dayLabel('2026-03-01')}, me` },
      { text: 'Report draft is done' },
      { text: 'Budget at 80%' },
    ]);
    expect(section(agenda, 'risks').items).toEqual([
      { text: 'Launch may slip a week' },
      { text: 'A decision on the vendor', detail: 'an ask' },
    ]);
    expect(openActions(s).map((a) => a.id)).toEqual(['a1']);
  });

  it('keeps the sections in the order the data gives them, each with its title', () => {
    const agenda = buildAgenda({ def, state: emptyOneOnOne(), questions: [], today: '2026-03-10' });
    expect(agenda.map((a) => a.title)).toEqual(def.agenda.map((a) => a.title));
  });

  it('asks one career question: the first not yet asked, then the one asked longest ago', () => {
    const qs = ['A?', 'B?', 'C?'];
    const s = emptyOneOnOne();
    expect(pickCareerQuestion(qs, s)).toBe('A?');
    s.meetings.m1 = meeting('2026-01-10', 'A?');
    s.meetings.m2 = meeting('2026-02-10', 'B?');
    expect(pickCareerQuestion(qs, s)).toBe('C?');
    s.meetings.m3 = meeting('2026-03-10', 'C?');
    expect(pickCareerQuestion(qs, s)).toBe('A?');
    s.meetings.m4 = meeting('2026-04-10', 'A?');
    expect(pickCareerQuestion(qs, s)).toBe('B?');
    expect(section(buildAgenda({ def, state: emptyOneOnOne(), questions: [], today: '2026-03-10' }), 'career').items).toEqual([
      { text: def.careerQuestions[0] },
    ]);
  });

  it('prints as text with only the sections that have something, dated', () => {
    const s = withWins(win('2026-03-02', 'Fixed it', 'Faster'));
    const text = agendaText(buildAgenda({ def, state: s, questions: [], today: '2026-03-10' }), '2026-03-12');
    expect(text.split('\n')[0]).toBe(`One-on-one, ${dayLabel('2026-03-12')}`);
    expect(text).toContain(`${def.agenda[0]!.title}\n- Fixed it (Faster)\n`);
    expect(text).not.toContain(def.agenda.find((a) => a.id === 'questions')!.title);
    expect(text).toContain(def.careerQuestions[0]);
  });

  it('starting a meeting records the agenda and career question and clears the prep', () => {
    const s = withWins(win('2026-03-02', 'Fixed it'));
    s.next = { progress: 'On track', risks: 'None really' };
    const agenda = buildAgenda({ def, state: s, questions: [], today: '2026-03-10' });
    const after = startMeeting(s, 'm9', '2026-03-10', agenda);
    expect(after.next).toEqual({ progress: '', risks: '' });
    expect(after.meetings.m9).toMatchObject({
      date: '2026-03-10',
      careerQuestion: def.careerQuestions[0],
      notes: '',
      actions: {},
    });
    expect(after.meetings.m9!.agenda).toContain('On track');
    expect(after.wins).toBe(s.wins);
    // The next agenda moves on: a new career question, and wins from the meeting day onwards.
    const next = buildAgenda({ def, state: after, questions: [], today: '2026-03-20' });
    expect(section(next, 'career').items[0]!.text).toBe(def.careerQuestions[1]);
    expect(section(next, 'wins').items).toEqual([]);
  });
});

describe('the review summary', () => {
  const s = withWins(
    win('2025-12-30', 'Closed the year-end books', 'Two days early', 'Finance'),
    win('2026-01-02', 'New year kick-off'),
    win('2026-03-31', 'Quarter end push'),
    win('2026-04-01', 'First of April'),
    win('2026-02-14', 'Mid-quarter'),
  );

  it('groups wins by calendar quarter, newest first at both levels', () => {
    const groups = winsByQuarter(s.wins);
    expect(groups.map((g) => [g.key, g.label])).toEqual([
      ['2026-Q2', 'April to June 2026'],
      ['2026-Q1', 'January to March 2026'],
      ['2025-Q4', 'October to December 2025'],
    ]);
    expect(groups[1]!.wins.map((w) => w.what)).toEqual(['Quarter end push', 'Mid-quarter', 'New year kick-off']);
    expect(winsByQuarter({})).toEqual([]);
  });

  it('exports as Markdown with dates, impact and who helped', () => {
    const md = reviewMarkdown(def, s);
    expect(md).toContain(`# ${def.review.title}`);
    expect(md).toContain(`## October to December 2025\n\n- **${dayLabel('2025-12-30')}**: Closed the year-end books\n`);
    expect(md).toContain(`  - ${def.win.impact}: Two days early\n  - ${def.win.helped}: Finance`);
    expect(md.indexOf('April to June 2026')).toBeLessThan(md.indexOf('January to March 2026'));
  });
});

describe('the My data line', () => {
  it('counts wins, open asks and meetings in plain words', () => {
    const s = withWins(win('2026-03-02', 'A'), win('2026-03-03', 'B'));
    s.asks.k = { date: '2026-03-02', what: 'x', done: false };
    s.asks.j = { date: '2026-03-02', what: 'y', done: true };
    s.meetings.m = meeting('2026-03-04', 'q');
    expect(oneOnOneSummary(s)).toBe('2 wins, 1 open ask, 1 meeting');
    expect(oneOnOneSummary(emptyOneOnOne())).toBe('0 wins, 0 open asks, 0 meetings');
  });
});

describe('what the reader changes', () => {
  const agenda = buildAgenda({ def, state: emptyOneOnOne(), questions: [], today: '2026-03-10' });
  const withMeeting = () => startMeeting(emptyOneOnOne(), 'm1', '2026-03-10', agenda);

  it('adds and removes a win, leaving the others', () => {
    let s = addWin(emptyOneOnOne(), 'w1', { date: '2026-03-01', what: 'Shipped', impact: '', helped: '' });
    s = addWin(s, 'w2', { date: '2026-03-02', what: 'Fixed', impact: 'Faster', helped: '' });
    expect(Object.keys(removeWin(s, 'w1').wins)).toEqual(['w2']);
  });

  it('adds an ask as open and settles it', () => {
    const s = addAsk(emptyOneOnOne(), 'k1', '2026-03-03', 'A decision on the vendor');
    expect(openAsks(s).map((a) => a.what)).toEqual(['A decision on the vendor']);
    expect(openAsks(settleAsk(s, 'k1'))).toEqual([]);
  });

  it('writes the progress and risks lines, and the notes of a meeting', () => {
    const s = setNotes(setNext(withMeeting(), 'risks', 'Budget at 80%'), 'm1', 'Agreed the plan');
    expect(s.next).toEqual({ progress: '', risks: 'Budget at 80%' });
    expect(s.meetings.m1!.notes).toBe('Agreed the plan');
  });

  it('adds, ticks and removes an action; a meeting another tab removed takes none', () => {
    let s = addAction(withMeeting(), 'm1', 'a1', { text: 'Send the draft', owner: 'me', done: false });
    s = setAction(s, 'm1', 'a1', true);
    expect(s.meetings.m1!.actions.a1!.done).toBe(true);
    expect(setAction(s, 'm1', 'a1', null).meetings.m1!.actions).toEqual({});
    expect(addAction(emptyOneOnOne(), 'gone', 'a1', { text: 'x', owner: '', done: false })).toEqual(emptyOneOnOne());
  });
});
