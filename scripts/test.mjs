// `npm test`: the static checks, the builds and every Vitest project, arranged so the two cores of
// a small machine are busy from start to end (measured: the same work one step after another left
// a core idle for a third of the run).
//   1. `astro sync` writes the content types lint and check read; Prettier needs none, so it runs beside it.
//   2. The build of dist/ beside ESLint, then `astro check`.
//   3. As soon as dist/ is built: every Vitest project (unit, then the browser tests) but the
//      sub-path one, beside the sub-path build (dist-sub/), which then gets its own Vitest run.
// The static checks and the sub-path build run at a lower priority (nice 10): they fill the moments
// the browser tests leave a core idle, and never slow a browser test into a timeout. Any failing
// step fails npm test; the run still finishes, so one report shows every failure.
// Their output passes through as it comes, each line marked with its step; Vitest prints a line per
// test file as it starts and ends. Arguments go to Vitest (`npm test -- tests/unit`), and then
// the steps run one after another before it, as they used to.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

/**
 * Runs a command; resolves with whether it succeeded.
 * @param {string} step its name in the output
 * @param {string[]} command
 * @param {boolean} tagged mark each output line with the step's name (for steps run side by side)
 * @returns {Promise<boolean>}
 */
function run(step, command, tagged) {
  console.log(`▶ ${step} (${seconds()} into npm test)`);
  const [cmd = '', ...args] = command;
  const child = spawn(cmd, args, {
    stdio: tagged ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (tagged)
    for (const [stream, out] of /** @type {const} */ ([
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]))
      if (stream) createInterface({ input: stream }).on('line', (line) => out.write(`[${step}] ${line}\n`));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      console.log(`${code === 0 ? '✓' : '✗'} ${step} (${seconds()} into npm test)`);
      resolve(code === 0);
    }),
  );
}

const args = process.argv.slice(2);
/**
 * The command at a lower priority, so it only takes a core the other steps leave idle.
 * @param {string[]} command
 * @returns {string[]}
 */
const low = (command) => (process.platform === 'win32' ? command : ['nice', '-n', '10', ...command]);
const SUBPATH_TEST = 'tests/e2e/subpath.test.ts';

const formatted = run('prettier', low(['npx', 'prettier', '--check', '--cache', '.']), true);
if (!(await run('astro sync (content types for lint and check)', ['npx', 'astro', 'sync'], true))) process.exit(1);
// The second build (under /guide/, with a public address) follows the first because two Astro
// builds of one project would share .astro/.
const checks = (async () =>
  (await run('eslint', low(['npx', 'eslint', '.']), true)) &&
  (await run('check', low(['npm', 'run', '--silent', 'check']), true)))();
const built = await run('build', ['npm', 'run', '--silent', 'build'], true);
if (!built) process.exit(1);

let tested;
if (args.length > 0) {
  const subpathBuilt = await run('build:subpath', ['npm', 'run', '--silent', 'build:subpath'], true);
  if (!(await formatted) || !(await checks) || !subpathBuilt) process.exit(1);
  tested = await run('vitest', ['npx', 'vitest', 'run', ...args], false);
} else {
  const [main, sub] = await Promise.all([
    run('vitest (unit and browser tests)', ['npx', 'vitest', 'run', '--exclude', SUBPATH_TEST], false),
    run('build:subpath', low(['npm', 'run', '--silent', 'build:subpath']), true),
  ]);
  tested = main && sub && (await run('vitest (the sub-path build)', ['npx', 'vitest', 'run', SUBPATH_TEST], false));
}
process.exit((await formatted) && (await checks) && tested ? 0 : 1);
