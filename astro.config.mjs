// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import solid from '@astrojs/solid-js';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), solid()],
  build: {
    // One shared stylesheet file, cached after the first page, keeps every page's HTML small.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  vite: {
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
