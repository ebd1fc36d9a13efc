// Prints a line when each test file starts and ends (with its time and failures), so a long run
// shows where it is even when output is not a terminal (CI logs, `npm test | tee`).
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

const name = (m: TestModule) => `${m.project.name} ${relative(process.cwd(), m.moduleId)}`;

export default class FileProgressReporter implements Reporter {
  private started = Date.now();

  onTestModuleStart(m: TestModule) {
    console.log(`▶ ${name(m)}`);
  }

  onTestModuleEnd(m: TestModule) {
    const seconds = (m.diagnostic().duration / 1000).toFixed(1);
    const failed = [...m.children.allTests('failed')].length;
    const total = [...m.children.allTests()].length;
    const since = ((Date.now() - this.started) / 1000).toFixed(0);
    console.log(`${failed ? '✗' : '✓'} ${name(m)}: ${total - failed}/${total} passed in ${seconds} s (${since} s into the run)`);
  }
}
