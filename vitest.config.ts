// Two projects: fast unit/content tests, and browser tests that drive Chromium against the built site.
// `npm test` builds first, so the browser tests always see the current dist/. getViteConfig gives
// the unit tests Astro's module resolution, so they can import src/content.config.ts.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/setup/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
} as never);
