// Modules a page loads only when the reader acts (import() from its small inline script), built by
// the same bundler as Astro's islands (so Solid's JSX is compiled and chunks are shared) but with
// no tag in any page. Astro renders pages after its client build, in the same process, so the
// plugin records each module's hashed URL where the inline script's build (InlineScript.astro)
// can read it. Under `astro dev` the module is served from its source path instead.
import { resolve } from 'node:path';

/** Where the built URLs are kept for the page renderer: entry (project-relative path) -> site path. */
const shared = /** @type {{ __onDemand?: Map<string, string> }} */ (/** @type {unknown} */ (globalThis));
/** @type {Map<string, string>} */
const built = (shared.__onDemand ??= new Map());

/**
 * A Vite plugin for the client build that emits each entry as its own chunk.
 * @param {string[]} entries project-relative paths, e.g. src/client/progress-store.ts
 * @returns {import('vite').Plugin}
 */
export function onDemandModules(entries) {
  const ids = new Map(entries.map((e) => [resolve(e), e]));
  return {
    name: 'managing-up:on-demand-modules',
    applyToEnvironment: (environment) => environment.name === 'client',
    buildStart() {
      if (this.environment.mode !== 'build') return;
      for (const [id, entry] of ids) this.emitFile({ type: 'chunk', id, name: entry.replace(/^.*\//, '').replace(/\.\w+$/, '') });
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        const entry = chunk.type === 'chunk' && chunk.facadeModuleId ? ids.get(chunk.facadeModuleId) : undefined;
        if (entry) built.set(entry, `/${chunk.fileName}`);
      }
    },
  };
}

/**
 * The URL a page imports an on-demand module from.
 * @param {string} entry project-relative path, as given to onDemandModules
 * @param {string} base Astro's base path ("/" or "/sub/")
 * @param {boolean} dev true under `astro dev`
 */
export function onDemandUrl(entry, base, dev) {
  const path = dev ? `/${entry}` : built.get(entry);
  if (!path) throw new Error(`${entry} was not built: add it to onDemandModules in astro.config.mjs`);
  return base.replace(/\/$/, '') + path;
}
