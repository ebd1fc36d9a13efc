// `npm test`: the static checks (ESLint, then `astro check`) beside the build, then every Vitest
// project against the new build. Both read the content types `astro sync` writes to .astro/, so it
// runs first (a few seconds); after it, the checks only read the sources and .astro/, and the build
// writes dist/ (its own sync writes the same .astro/ files again), so on two cores they finish in
// about the time of the longer one.
// Their output passes through as it comes, each line marked with its step; Vitest prints a line per
// test file as it starts and ends. Arguments go to Vitest (`npm test -- tests/unit`).
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

if (!(await run('astro sync (content types for lint and check)', ['npx', 'astro', 'sync'], true))) process.exit(1);
// The second build (under /guide/, with a public address) is for tests/e2e/subpath.test.ts; it
// follows the first because two Astro builds of one project would share .astro/.
const [checked, built] = await Promise.all([
  (async () =>
    (await run('lint', ['npm', 'run', '--silent', 'lint'], true)) &&
    (await run('check', ['npm', 'run', '--silent', 'check'], true)))(),
  run('build', ['npm', 'run', '--silent', 'build'], true).then(
    async (ok) => ok && (await run('build:subpath', ['npm', 'run', '--silent', 'build:subpath'], true)),
  ),
]);
if (!checked || !built) process.exit(1);
process.exit((await run('vitest (unit and browser tests)', ['npx', 'vitest', 'run', ...process.argv.slice(2)], false)) ? 0 : 1);
