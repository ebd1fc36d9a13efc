import { describe, expect, it } from 'vitest';
import {
  coldQuestions,
  parseAnswers,
  scoreAnswers,
  scoreText,
  sheetFingerprint,
  sheetText,
  type ColdQuiz,
} from '../../src/lib/quiz-cold';

const quiz = (lesson: string, passMark: number, correct: number[]): ColdQuiz => ({
  lesson,
  passMark,
  questions: correct.map((c, n) => ({
    id: `${lesson.slice(0, 2)}-q${n}`,
    prompt: `Question ${n} of ${lesson.length}?`,
    options: ['first', 'second', 'third', 'fourth'].map((t, i) => ({ text: `${lesson.length}.${n} ${t}`, correct: i === c })),
  })),
});
const quizzes = [quiz('alpha', 2, [0, 1, 2]), quiz('beta', 1, [3, 3])];

describe('coldQuestions', () => {
  it('gives the same order and key for the same seed, and shuffles differently for another', () => {
    expect(coldQuestions(quizzes, 5)).toEqual(coldQuestions(quizzes, 5));
    const orders = (seed: number) => coldQuestions(quizzes, seed).map((q) => q.options.join('|'));
    expect(orders(5)).not.toEqual(orders(6));
  });

  it('keys each question with the letter where its correct option is shown', () => {
    for (const seed of [1, 2, 3, 22]) {
      for (const q of coldQuestions(quizzes, seed)) {
        const shown = q.options['ABCD'.indexOf(q.key)];
        const source = quizzes.flatMap((z) => z.questions).find((x) => x.id === q.id)!;
        expect(shown).toBe(source.options.find((o) => o.correct)!.text);
      }
    }
  });

  it('does not leave every question in written order', () => {
    const moved = coldQuestions(quizzes, 22).some((q) => !q.options[0]!.endsWith('first'));
    expect(moved).toBe(true);
  });
});

describe('sheetText', () => {
  const sheet = sheetText(quizzes, 7);

  it('lists every prompt and option, lettered, with an answer line per question', () => {
    for (const q of coldQuestions(quizzes, 7)) {
      expect(sheet).toContain(q.prompt);
      q.options.forEach((o, i) => expect(sheet).toContain(`${'ABCD'[i]}) ${o}`));
      expect(sheet).toMatch(new RegExp(`^${q.id}: $`, 'm'));
    }
  });

  it('gives away no key and no lesson name', () => {
    expect(sheet).not.toMatch(/correct|explanation|section/i);
    expect(sheet).not.toMatch(/alpha|beta/);
    expect(sheet).toContain('Part 1 of 2');
    expect(sheet).toContain(`sheet: ${sheetFingerprint(quizzes, 7)}`);
  });
});

describe('sheetFingerprint', () => {
  it('changes with the seed and with the questions', () => {
    expect(sheetFingerprint(quizzes, 7)).toBe(sheetFingerprint(quizzes, 7));
    expect(sheetFingerprint(quizzes, 8)).not.toBe(sheetFingerprint(quizzes, 7));
    expect(sheetFingerprint([quiz('alpha', 2, [0, 1, 2])], 7)).not.toBe(sheetFingerprint(quizzes, 7));
  });
});

describe('parseAnswers', () => {
  it('reads ids and letters in any case, skipping blanks, comments and empty answers', () => {
    const { answers, sheet, problems } = parseAnswers('sheet: abc\n# me\nal-q0: b\r\n\nAL-Q1 = C)\nbe-q0:\n');
    expect([...answers]).toEqual([
      ['al-q0', 'B'],
      ['al-q1', 'C'],
    ]);
    expect(sheet).toBe('abc');
    expect(problems).toEqual([]);
  });

  it('names the lines it cannot read and answers given twice', () => {
    const { answers, problems } = parseAnswers('al-q0: Z\njust words\nbe-q0: A\nbe-q0: D\n');
    expect(answers.get('be-q0')).toBe('D');
    expect(answers.has('al-q0')).toBe(false);
    expect(problems).toEqual([
      'line 1: "Z" is not a letter A-F',
      'line 2: expected "question-id: letter", got "just words"',
      'line 4: be-q0 answered twice; the last answer counts',
    ]);
  });
});

describe('scoreAnswers', () => {
  const keyed = (seed: number) => new Map(coldQuestions(quizzes, seed).map((q) => [q.id, q.key]));

  it('scores the key itself as full marks and every check passed', () => {
    const s = scoreAnswers(quizzes, keyed(3), 3);
    expect(s).toMatchObject({ right: 5, total: 5, share: 1, checksPassed: 2, unknown: [] });
  });

  it('scores per check against its pass mark, counting blanks as wrong', () => {
    const answers = keyed(3);
    const wrong = (id: string) => 'ABCD'.replace(answers.get(id)!, '')[0]!;
    answers.set('al-q1', wrong('al-q1'));
    answers.set('al-q2', wrong('al-q2'));
    answers.delete('be-q1');
    answers.set('ga-q9', 'A');
    const s = scoreAnswers(quizzes, answers, 3);
    expect(s.lessons).toEqual([
      { lesson: 'alpha', right: 1, total: 3, unanswered: 0, passMark: 2, passed: false },
      { lesson: 'beta', right: 1, total: 2, unanswered: 1, passMark: 1, passed: true },
    ]);
    expect(s).toMatchObject({ right: 2, total: 5, share: 0.4, checksPassed: 1, unknown: ['ga-q9'] });
    const text = scoreText(s);
    expect(text).toContain('alpha    1/3  pass mark 2: not passed');
    expect(text).toContain('beta     1/2  pass mark 1: passed  (1 unanswered)');
    expect(text).toContain('overall  2/5 (40%), 1 of 2 checks passed');
    expect(text).toContain('not on the sheet (ignored): ga-q9');
  });

  it('gives a different key under another seed, so a sheet must be scored with its own seed', () => {
    const seeds = [1, 2, 3, 4, 5].map((s) => [...keyed(s).values()].join(''));
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });
});
