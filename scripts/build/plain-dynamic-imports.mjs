// Vite wraps each dynamic import() of a client chunk in __vitePreload, a helper (0.9 KB gzip, a
// request of its own) that preloads the imported chunk's dependencies and CSS. Our dynamic imports
// (a lesson's missed questions saved for review, the home plan's full state) load on a reader's
// act and bring no CSS, so the browser's own import() does the same job: this swaps the helper
// for one that just calls it. The build stops if a dynamic import ever needs CSS that only the
// helper would load.
const HELPER = '\0vite/preload-helper.js';

/** @returns {import('vite').Plugin} */
export function plainDynamicImports() {
  return {
    name: 'managing-up:plain-dynamic-imports',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    resolveId: (id) => (id === HELPER ? id : undefined),
    load: (id) => (id === HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk' && /__vite__mapDeps=[^;]*\.css/.test(chunk.code))
          this.error(`${chunk.fileName}: a dynamic import needs CSS, which plainDynamicImports would not load`);
    },
  };
}
