// Vitest starts the files it has timed before slowest first, so the two cores stay busy to the end.
// On a fresh clone (CI) it has no timings and goes by file size instead, which starts
// every-page.test.ts, a short file with the longest run, near the end: measured, it then ran on
// alone for the last 10 s. Files named here start first whether or not there are timings.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files known to run longest (a minute or more on 2 cores), in the order they should start. */
const LONGEST = ['tests/e2e/every-page.test.ts', 'tests/e2e/paper.test.ts'];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = LONGEST.findIndex((name) => f.moduleId.endsWith(name));
      return i === -1 ? LONGEST.length : i;
    };
    // Array.prototype.sort is stable: everything else keeps Vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
