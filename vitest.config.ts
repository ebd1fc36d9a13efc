// Two projects: fast unit/content tests, and browser tests that drive Chromium against the built site.
// `npm test` builds first, so the browser tests always see the current dist/. getViteConfig gives
// the unit tests Astro's module resolution, so they can import src/content.config.ts.
import { getViteConfig } from 'astro/config';
import type { ViteUserConfig } from 'vitest/config';
import LongestFirst from './tests/support/longest-first.ts';

const config: ViteUserConfig = {
  test: {
    // A line per file as it starts and ends, so a long run is never silent.
    reporters: ['default', './tests/support/file-progress-reporter.ts'],
    // The longest browser test file starts first even on a fresh clone with no timings.
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // No test file changes a global or mocks a module, so files share their workers' module
          // cache: a few seconds instead of loading Astro's Vite set-up once per file.
          isolate: false,
          // First, in a few seconds, so a broken rule shows before the browser tests start.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/setup/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A browser condition polled for: on a loaded 2-core machine (CI) a first Pagefind search or
          // an island's first mount can take seconds. A limit, not a wait: polls end as soon as they pass.
          expect: { poll: { timeout: 20_000 } },
          // Every file connects to the one Chromium the global setup starts, with a context of its
          // own and empty storage for each test (support/session.ts). Three files at once keep both
          // cores busy while one waits on a page; files share only their workers' module cache.
          fileParallelism: true,
          maxWorkers: 3,
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
};

export default getViteConfig(config);
