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
});
