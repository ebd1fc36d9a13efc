// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import solid from '@astrojs/solid-js';
import sitemap from '@astrojs/sitemap';
import { onDemandModules } from './scripts/build/on-demand.mjs';
import { plainDynamicImports } from './scripts/build/plain-dynamic-imports.mjs';
import { siteAddress } from './scripts/build/address.mjs';

// SITE_URL, BASE_PATH and OUT_DIR (see scripts/build/address.mjs and the README's "Publish it").
const { site, base, outDir } = siteAddress(process.env);

export default defineConfig({
  output: 'static',
  site,
  base,
  outDir,
  trailingSlash: 'always',
  // The sitemap needs the site's address; without it none is written.
  integrations: [mdx(), solid(), ...(site ? [sitemap({ filter: (page) => !page.endsWith('/404/') })] : [])],
  build: {
    // One shared stylesheet file, cached after the first page, keeps every page's HTML small.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  // Lessons have no code blocks, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy meta tag on every page. Astro writes it; scripts/build/csp.mjs then
  // narrows each page's hashes to the inline scripts and styles that page really has (Solid's
  // hydration script included, which Astro leaves out) and writes the same policies to _headers.
  // 'wasm-unsafe-eval' lets Pagefind start its search engine; nothing allows inline code.
  security: {
    csp: {
      directives: ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // Modules the pages' inline scripts import() when the reader acts (see scripts/build/on-demand.mjs).
    plugins: [
      onDemandModules([
        'src/client/progress-store.ts',
        'src/client/lesson-islands.tsx',
        'src/client/contents-rail.ts',
        'src/client/home-plan.ts',
      ]),
      // No preload helper around dynamic imports (see scripts/build/plain-dynamic-imports.mjs).
      plainDynamicImports(),
    ],
    build: {
      rollupOptions: {
        // MDX pages carry Astro's own "use astro:head-inject" directive, which the bundler reports
        // once per lesson as a warning about itself; nothing for us to act on.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
