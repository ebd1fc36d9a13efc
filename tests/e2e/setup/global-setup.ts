// Runs once before the browser tests: checks Chromium and the build are there, serves dist/ and
// starts the one browser the test files share.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../support/server';
import { CHROMIUM, launchChromiumServer } from '../../../scripts/chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    browserWSEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM}, and it is not installed.\n` +
        "Install Debian's Chromium with:  sudo apt-get install -y chromium\n" +
        '(Playwright cannot download browsers here; do not run "playwright install".)',
    );
  }
  if (!existsSync('dist/index.html') || !existsSync('dist/pagefind/pagefind.js')) {
    throw new Error('No built site in dist/. Run "npm test" (it builds first) or "npm run build".');
  }
  const server = await serveDist('dist');
  project.provide('baseURL', server.url);
  // One browser for every test file: each file connects to it instead of starting its own.
  const browser = await launchChromiumServer();
  project.provide('browserWSEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
