// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { sectionIds, readerLinks, rootLinks } from './src/markdown/plugins.mjs';
import wake from './integrations/wake/index.mjs';

// Pagefind's highlighter (a reader arriving from a search result) adds this one
// <style> element; its hash lets it through the CSP. If Pagefind changes the rule,
// the end-to-end CSP check on the highlighted result page fails and says so.
const pagefindHighlightStyle = /** @type {`sha256-${string}`} */ (
  `sha256-${createHash('sha256').update(':where(.pagefind-highlight) { background-color: yellow; color: black; }').digest('base64')}`
);

// BASE_PATH lets the same build run under a sub-path (e.g. /zelfsturing/);
// every link, asset and the Pagefind index follow it.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'https://zelfsturing.example.nl',
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Every stylesheet is a file: Astro's CSP leaves out the hashes of <style> blocks
    // that come from components used in MDX content, and files are cached across pages.
    inlineStylesheets: 'never',
  },
  markdown: {
    processor: satteri({ hastPlugins: [sectionIds(), readerLinks(), rootLinks(base)] }),
  },
  // The offline page is shown by the service worker only, never looked up.
  integrations: [mdx(), preact(), sitemap({ filter: (page) => !page.endsWith('/offline/') }), wake()],
  // Scoped styles mark elements with a short class (`astro-xxxx`) instead of a
  // `data-astro-cid-xxxx` attribute: same specificity, fewer bytes on long reading pages.
  scopedStyleStrategy: 'class',
  devToolbar: { enabled: false },
  vite: {
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // Preact's core, hooks and JSX runtime go together in every island's first
              // request: one file instead of three is smaller gzipped (tool-page byte budget).
              // The tools' shared shell (stores kept in this browser, their notices, lazy parts)
              // stays one file too: the reading page's annotation code (loaded on first use)
              // needs the stores but not the rest, and without this group the shell would be
              // split in three, costing every tool page bytes.
              codeSplitting: {
                groups: [
                  { name: 'preact', test: /node_modules[\\/]preact[\\/]/ },
                  // Its own file, as without groups (the next group would take it in).
                  { name: 'preload-helper', test: /preload-helper/ },
                  // Reading and writing files (the one import picker and download): one
                  // file on the pages that offer them, not two.
                  {
                    name: 'files',
                    test: /src[\\/](islands[\\/]shared[\\/]FileImport|lib[\\/]browser[\\/]download)\.tsx?$/,
                  },
                  {
                    name: 'load',
                    test: /node_modules[\\/](nanostores[\\/](?!computed)|@nanostores[\\/]preact[\\/])|src[\\/](stores[\\/]persisted|lib[\\/]browser[\\/]once|islands[\\/]shared[\\/](Notices|load))\.tsx?$/,
                  },
                ],
              },
            },
          },
        },
      },
    },
  },
  security: {
    // A <meta> CSP with hashes for every script Astro renders; no 'unsafe-inline' or
    // 'unsafe-eval' anywhere. Pagefind compiles its WebAssembly search (hence
    // 'wasm-unsafe-eval') in a worker served by the site itself. frame-ancestors and the
    // other headers a host must add are in the README (a <meta> CSP cannot set them).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"], hashes: [pagefindHighlightStyle] },
    },
  },
});
