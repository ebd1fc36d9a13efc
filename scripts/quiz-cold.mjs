// npm run quiz:cold -- sheet [file] | score <answers> [--seed n]
// Measures the knowledge checks on a cold reader: `sheet` writes every question of every check in
// src/content/quizzes as plain text (options shuffled with a fixed seed, lettered, no keys, no
// explanations, no section names); `score` reads a filled-in answer file and prints the score per
// check and overall. The key is never written anywhere: it is re-derived from the seed. The logic
// is src/lib/quiz-cold.ts, bundled here with esbuild because plain Node cannot import the TypeScript.
import { build } from 'esbuild';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const quizDir = `${root}src/content/quizzes`;

const usage = `usage:
  npm run quiz:cold -- sheet [file]         write the sheet (to stdout without a file)
  npm run quiz:cold -- score <answers.txt>  score an answer file ("question-id: B" per line)
  add --seed <n> to either for another shuffle (the same seed must score the sheet it made)`;

/** @returns {Promise<typeof import('../src/lib/quiz-cold')>} */
async function loadLogic() {
  const out = await build({
    entryPoints: [`${root}src/lib/quiz-cold.ts`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]?.text ?? '';
  // A data: URL import has no declared type; the cast names the module it is.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
  const logic = /** @type {typeof import('../src/lib/quiz-cold')} */ (
    await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)
  );
  return logic;
}

/** Every knowledge check, in file-name order. @returns {import('../src/lib/quiz-cold').ColdQuiz[]} */
const readQuizzes = () =>
  readdirSync(quizDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    // YAML parses to any; the content schema has checked these files in the build.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    .map((f) => /** @type {import('../src/lib/quiz-cold').ColdQuiz} */ (parse(readFileSync(`${quizDir}/${f}`, 'utf8'))));

const args = process.argv.slice(2);
const seedAt = args.indexOf('--seed');
const seedArg = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : undefined;
const [command, file] = args;

if (seedArg !== undefined && !Number.isInteger(seedArg)) {
  console.error('--seed needs a whole number');
  process.exit(2);
}

const logic = await loadLogic();
const seed = seedArg ?? logic.DEFAULT_SEED;
const quizzes = readQuizzes();

if (command === 'sheet') {
  const text = logic.sheetText(quizzes, seed);
  if (file) {
    writeFileSync(file, text);
    const n = quizzes.reduce((sum, q) => sum + q.questions.length, 0);
    console.log(`wrote ${file}: ${n} questions in ${quizzes.length} parts (seed ${seed})`);
  } else process.stdout.write(text);
} else if (command === 'score' && file) {
  const { answers, sheet, problems } = logic.parseAnswers(readFileSync(file, 'utf8'));
  for (const p of problems) console.error(p);
  const current = logic.sheetFingerprint(quizzes, seed);
  if (sheet && sheet !== current)
    console.error(
      `warning: the answers are for sheet ${sheet}, but the checks and seed now give ${current}; the score may be wrong`,
    );
  process.stdout.write(logic.scoreText(logic.scoreAnswers(quizzes, answers, seed)));
} else {
  console.error(usage);
  process.exit(2);
}
