// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import solid from '@astrojs/solid-js';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), solid()],
  build: {
    // Small stylesheets go inline so a first visit costs one request for HTML + CSS.
    inlineStylesheets: 'auto',
  },
  devToolbar: { enabled: false },
});
