// A cold reading of the knowledge checks: every question on one plain-text sheet for someone who
// has read no lesson, and the score of their answers against the keys. A check that a sensible
// adult passes without the lesson measures nothing, so this is how the checks are measured.
// The sheet carries no correct flags, explanations or section names; the key is never written
// down, only re-derived from the seed (scripts/quiz-cold.mjs reads the files and prints).
import { seededRandom, shuffle } from './knowledge-check';

/** What a cold reading needs of a knowledge check (a quiz file as parsed). */
export interface ColdQuiz {
  lesson: string;
  passMark: number;
  questions: { id: string; prompt: string; options: { text: string; correct?: boolean }[] }[];
}

/** The seed the sheet is shuffled with unless another is given. */
export const DEFAULT_SEED = 22;

export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/** One question as the sheet shows it: `order` maps shown position -> option index in the file. */
export interface ColdQuestion {
  lesson: string;
  id: string;
  prompt: string;
  options: string[];
  /** The letter of the correct option as shown. */
  key: string;
}

/**
 * Every question of every check, in the order given, with its options shuffled by one seeded
 * sequence: the same quizzes and seed always give the same sheet and the same key.
 */
export function coldQuestions(quizzes: readonly ColdQuiz[], seed = DEFAULT_SEED): ColdQuestion[] {
  const random = seededRandom(seed);
  return quizzes.flatMap((quiz) =>
    quiz.questions.map((q) => {
      const order = shuffle(
        q.options.map((_, i) => i),
        random,
      );
      const shownCorrect = order.findIndex((i) => q.options[i]?.correct === true);
      return {
        lesson: quiz.lesson,
        id: q.id,
        prompt: q.prompt,
        options: order.map((i) => q.options[i]!.text),
        key: LETTERS[shownCorrect] ?? '?',
      };
    }),
  );
}

/** A short fingerprint of the questions and seed, so answers to an older sheet are noticed. */
export function sheetFingerprint(quizzes: readonly ColdQuiz[], seed = DEFAULT_SEED): string {
  const text = JSON.stringify([seed, quizzes.map((q) => q.questions.map((x) => [x.id, x.prompt, x.options.map((o) => o.text)]))]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The sheet: instructions, then each check as "Part n" (no lesson names, which would hint at the
 * answers), each question with lettered options, and an answer template to fill in.
 */
export function sheetText(quizzes: readonly ColdQuiz[], seed = DEFAULT_SEED): string {
  const questions = coldQuestions(quizzes, seed);
  const lines = [
    'Managing Up: knowledge checks, cold reading',
    `sheet: ${sheetFingerprint(quizzes, seed)}`,
    '',
    'Answer every question with one letter: the option you think is best.',
    'Go with your own judgment; there is nothing to look up.',
    'Write your answers in a plain text file, one line per question, like "some-question: B"',
    '(the template at the end lists every line; keep the "sheet:" line in it).',
    '',
  ];
  quizzes.forEach((quiz, part) => {
    lines.push(`== Part ${part + 1} of ${quizzes.length} ==`, '');
    for (const q of questions.filter((x) => x.lesson === quiz.lesson)) {
      lines.push(`[${q.id}]`, q.prompt, ...q.options.map((o, i) => `  ${LETTERS[i]}) ${o}`), '');
    }
  });
  lines.push('== Answers (copy into your answer file) ==', `sheet: ${sheetFingerprint(quizzes, seed)}`);
  for (const q of questions) lines.push(`${q.id}: `);
  return lines.join('\n') + '\n';
}

export interface ParsedAnswers {
  /** Question id -> letter (upper case). */
  answers: Map<string, string>;
  /** The sheet fingerprint the file names, if it names one. */
  sheet?: string;
  /** Lines that could not be read, each with its line number. */
  problems: string[];
}

/** Reads an answer file: `question-id: B` per line; blank lines and `#` comments are skipped. */
export function parseAnswers(text: string): ParsedAnswers {
  const answers = new Map<string, string>();
  const problems: string[] = [];
  let sheet: string | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const m = line.match(/^([a-z0-9-]+)\s*[:=]\s*(.*)$/i);
    if (!m) return void problems.push(`line ${i + 1}: expected "question-id: letter", got "${raw.trim()}"`);
    const id = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (id === 'sheet') return void (sheet = value);
    if (value === '') return; // left blank: counted as unanswered
    if (!/^[a-f]\)?$/i.test(value)) return void problems.push(`line ${i + 1}: "${value}" is not a letter A-F`);
    if (answers.has(id)) problems.push(`line ${i + 1}: ${id} answered twice; the last answer counts`);
    answers.set(id, value[0]!.toUpperCase());
  });
  return { answers, sheet, problems };
}

export interface LessonScore {
  lesson: string;
  right: number;
  total: number;
  unanswered: number;
  passMark: number;
  passed: boolean;
}

export interface ColdScore {
  lessons: LessonScore[];
  right: number;
  total: number;
  /** Share of all questions answered right, 0-1. */
  share: number;
  checksPassed: number;
  /** Answered ids that match no question on the sheet. */
  unknown: string[];
}

/** Scores answers against the keys re-derived from the seed. An unanswered question is wrong. */
export function scoreAnswers(quizzes: readonly ColdQuiz[], answers: ReadonlyMap<string, string>, seed = DEFAULT_SEED): ColdScore {
  const questions = coldQuestions(quizzes, seed);
  const lessons = quizzes.map((quiz) => {
    const mine = questions.filter((q) => q.lesson === quiz.lesson);
    const right = mine.filter((q) => answers.get(q.id) === q.key).length;
    return {
      lesson: quiz.lesson,
      right,
      total: mine.length,
      unanswered: mine.filter((q) => !answers.has(q.id)).length,
      passMark: quiz.passMark,
      passed: right >= quiz.passMark,
    };
  });
  const ids = new Set(questions.map((q) => q.id));
  const right = lessons.reduce((n, l) => n + l.right, 0);
  const total = questions.length;
  return {
    lessons,
    right,
    total,
    share: total ? right / total : 0,
    checksPassed: lessons.filter((l) => l.passed).length,
    unknown: [...answers.keys()].filter((id) => !ids.has(id)),
  };
}

/** The score as plain text: a line per check, then the overall figures. */
export function scoreText(score: ColdScore): string {
  const width = Math.max(...score.lessons.map((l) => l.lesson.length), 7);
  const pct = (n: number) => `${Math.round(n * 100)}%`;
  const lines = score.lessons.map(
    (l) =>
      `${l.lesson.padEnd(width)}  ${l.right}/${l.total}  pass mark ${l.passMark}: ${l.passed ? 'passed' : 'not passed'}` +
      (l.unanswered ? `  (${l.unanswered} unanswered)` : ''),
  );
  lines.push(
    `${'overall'.padEnd(width)}  ${score.right}/${score.total} (${pct(score.share)}), ${score.checksPassed} of ${score.lessons.length} checks passed`,
  );
  if (score.unknown.length) lines.push(`not on the sheet (ignored): ${score.unknown.join(', ')}`);
  return lines.join('\n') + '\n';
}
