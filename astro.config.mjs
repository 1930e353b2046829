// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { sectionIds, rootLinks } from './src/markdown/plugins.mjs';

// BASE_PATH lets the same build run under a sub-path (e.g. /zelfsturing/);
// every link, asset and the Pagefind index follow it.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'https://zelfsturing.example.nl',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: satteri({ hastPlugins: [sectionIds(), rootLinks(base)] }),
  },
  integrations: [mdx(), preact()],
  devToolbar: { enabled: false },
});
