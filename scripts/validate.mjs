#!/usr/bin/env node
// Validity of a built site: `node scripts/validate.mjs dist [dist-sub …]`.
//  1. html-validate over every page with .htmlvalidate.json (html-validate:recommended).
//     Two rules are changed there because they conflict with what the tools write (JSON
//     has no comments, so the reasons are here):
//       void-style off: Preact's server renderer writes void elements self-closed
//         (<input/>), Astro writes them plain (<input>); both are valid HTML.
//       valid-id relaxed: section anchors are the § numbers (#5-4), fixed by the URL
//         scheme; HTML5 allows ids that start with a digit.
//     One message is skipped: the <style> Astro writes into <body> before the first
//     island (`astro-island,astro-slot,astro-static-slot{display:contents}`) when the
//     page's <head> was already sent; the page cannot move it.
//  2. Every page's Content Security Policy: present, before any script or style, no
//     'unsafe-inline' or 'unsafe-eval', a hash for every inline <script> and <style>,
//     no style="" or on…="" attributes (a hash-only policy blocks those).
//  3. Every page has a title, a meta description, a canonical URL inside the site,
//     Open Graph tags and the web app manifest.
//  4. sitemap-index.xml lists every page but the 404 and offline pages, robots.txt points
//     to it, the service worker precaches the shell only, and sw-files.json (the whole
//     site, stored on request) lists every page, asset and the whole search index.
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtPages } from './built-pages.mjs';

const dirs = process.argv.slice(2).filter((d) => existsSync(d));
if (!dirs.length) {
  console.error('usage: node scripts/validate.mjs <built site dir> […]  (build first)');
  process.exit(2);
}

const validator = new HtmlValidate(new FileSystemConfigLoader());
const ASTRO_ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
let failures = 0;

const fileOf = (page) => (page === '' ? 'index.html' : page.endsWith('.html') ? page : `${page}index.html`);
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
const decode = (s) => s?.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"');
const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Directive name → sources, from a CSP string. */
function parseCsp(policy) {
  const out = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name, sources);
  }
  return out;
}

function allFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).replaceAll('\\', '/'));
    }
  };
  walk(dir);
  return out;
}

for (const dir of dirs) {
  const pages = builtPages(dir);
  const problems = [];
  const problem = (page, text) => problems.push(`/${page}: ${text}`);
  let htmlErrors = 0;

  const home = readFileSync(join(dir, 'index.html'), 'utf8');
  // The site's root URL (SITE_URL + BASE_PATH), as the home page's canonical gives it.
  const root = decode(attr(home.match(/<link rel="canonical"[^>]*>/)?.[0] ?? '', 'href'));
  if (!root) problem('', 'no canonical URL on the home page');

  for (const page of pages) {
    const file = join(dir, fileOf(page));
    const html = readFileSync(file, 'utf8');

    // 1. html-validate
    const report = await validator.validateString(html, file);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity < 2) continue;
        if (m.ruleId === 'element-permitted-content' && html.startsWith(ASTRO_ISLAND_STYLE, m.offset - 1)) continue;
        if (m.ruleId === 'element-permitted-content' && html.startsWith(ASTRO_ISLAND_STYLE, m.offset)) continue;
        htmlErrors++;
        problem(page, `${m.line}:${m.column} [${m.ruleId}] ${m.message}`);
      }
    }

    // 2. Content Security Policy
    const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
    if (metas.length !== 1) {
      problem(page, `${metas.length} CSP <meta> elements (expected 1)`);
    } else {
      const csp = parseCsp(decode(metas[0][1]));
      const cspAt = metas[0].index;
      const scriptSrc = csp.get('script-src-elem') ?? csp.get('script-src') ?? csp.get('default-src') ?? [];
      const styleSrc = csp.get('style-src-elem') ?? csp.get('style-src') ?? csp.get('default-src') ?? [];
      for (const [name, sources] of csp) {
        for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:']) {
          // data: is fine for images only (Pagefind's icons are data: SVGs in its CSS).
          if (bad === 'data:' && name === 'img-src') continue;
          if (sources.includes(bad)) problem(page, `CSP ${name} allows ${bad}`);
        }
      }
      for (const name of ['default-src', 'script-src', 'style-src', 'object-src', 'base-uri']) {
        if (!csp.has(name)) problem(page, `CSP has no ${name}`);
      }
      // Also the ThemeScript, which Astro writes before the <meta>: a host that sends
      // the policy as a header (see README) needs its hash too.
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\ssrc=/.test(m[1]) || /type="application\/(ld\+)?json"/.test(m[1])) continue;
        if (!scriptSrc.includes(sha256(m[2]))) problem(page, `inline <script> without a CSP hash: ${m[2].slice(0, 60)}…`);
      }
      for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
        if (!styleSrc.includes(sha256(m[1]))) problem(page, `inline <style> without a CSP hash: ${m[1].slice(0, 60)}…`);
      }
      const tagsBefore = html.slice(0, cspAt);
      if (/<link rel="stylesheet"|<style/.test(tagsBefore)) problem(page, 'a stylesheet comes before the CSP <meta>');
    }
    for (const m of html.matchAll(/<[a-z][\w-]*\s[^>]*?\s(style|on[a-z]+)="/g)) {
      problem(page, `${m[1]}="" attribute (blocked by the CSP): ${m[0].slice(0, 80)}`);
    }
    if (/href="javascript:/i.test(html)) problem(page, 'javascript: URL');

    // 3. Meta data
    const head = html.slice(0, html.indexOf('</head>'));
    if (!/<title>[^<]+<\/title>/.test(head)) problem(page, 'no <title>');
    if (!/<html lang="nl"/.test(html)) problem(page, 'no lang="nl" on <html>');
    const description = decode(attr(head.match(/<meta name="description"[^>]*>/)?.[0] ?? '', 'content'));
    if (!description || description.length < 50) problem(page, 'no meta description (or shorter than 50 characters)');
    const canonical = decode(attr(head.match(/<link rel="canonical"[^>]*>/)?.[0] ?? '', 'href'));
    if (page !== '404.html') {
      if (!canonical) problem(page, 'no canonical URL');
      else if (root && canonical !== new URL(page, root).href) problem(page, `canonical ${canonical} is not ${new URL(page, root).href}`);
    }
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale', 'og:site_name']) {
      if (!head.includes(`<meta property="${property}" content="`)) problem(page, `no ${property}`);
    }
    if (!/<link rel="manifest" href="[^"]*manifest\.webmanifest"/.test(head)) problem(page, 'no web app manifest link');
  }

  // 4. Sitemap, robots.txt, manifest, service worker
  const base = root ? new URL(root).pathname : '/';
  if (!existsSync(join(dir, 'sitemap-index.xml'))) problem('sitemap-index.xml', 'missing');
  else {
    const listed = new Set(
      readdirSync(dir)
        .filter((f) => /^sitemap-\d+\.xml$/.test(f))
        .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decode(m[1]))),
    );
    for (const page of pages) {
      if (page === '404.html' || page === 'offline/') continue;
      if (root && !listed.has(new URL(page, root).href)) problem('sitemap-index.xml', `does not list /${page}`);
    }
    for (const url of listed) if (url.includes('404')) problem('sitemap-index.xml', `lists ${url}`);
  }
  const robots = existsSync(join(dir, 'robots.txt')) ? readFileSync(join(dir, 'robots.txt'), 'utf8') : '';
  if (root && !robots.includes(`Sitemap: ${new URL('sitemap-index.xml', root).href}`)) problem('robots.txt', 'missing or without the sitemap');
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8'));
    if (manifest.start_url !== './' || manifest.scope !== './') problem('manifest.webmanifest', 'start_url and scope must be "./" (works under a sub-path)');
    for (const icon of manifest.icons ?? []) if (!existsSync(join(dir, icon.src))) problem('manifest.webmanifest', `icon ${icon.src} is missing`);
    if (!manifest.icons?.some((i) => i.sizes === '512x512' && i.purpose === 'maskable')) problem('manifest.webmanifest', 'no maskable 512×512 icon');
  } catch (error) {
    problem('manifest.webmanifest', `missing or invalid: ${error.message}`);
  }
  if (!existsSync(join(dir, 'sw.js'))) problem('sw.js', 'missing (run scripts/sw.mjs after the build)');
  else {
    // The worker precaches the shell only (the 404 and offline pages and what they
    // load); "the whole site" (sw-files.json) lists every page and every file of the
    // site and the search index.
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    const precached = new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]));
    for (const file of ['404.html', 'offline/index.html']) if (!precached.has(file)) problem('sw.js', `does not precache ${file}`);
    if (precached.size > 20) problem('sw.js', `precaches ${precached.size} files: a first visit should cost the page, not the site`);
    let site = [];
    try {
      site = JSON.parse(readFileSync(join(dir, 'sw-files.json'), 'utf8'));
    } catch {
      problem('sw-files.json', 'missing or invalid');
    }
    const listed = new Set(site);
    for (const page of pages) if (page !== '404.html' && !listed.has(page)) problem('sw-files.json', `does not list /${page}`);
    const unused = /^pagefind\/pagefind-(ui\.js|(component|modular)-ui\.)/; // Pagefind's own UI scripts; the site bundles its UI
    for (const file of allFiles(dir).filter((f) => (f.startsWith('pagefind/') && !unused.test(f)) || f.startsWith('_astro/'))) {
      if (!listed.has(file)) problem('sw-files.json', `does not list ${file}`);
    }
  }

  failures += problems.length;
  console.log(`\n${dir} (base ${base}): ${pages.length} pages, ${htmlErrors} html-validate errors, ${problems.length - htmlErrors} other problems`);
  for (const p of problems) console.log(`  ${p}`);
}

if (failures) {
  console.error(`\nValidation failed: ${failures} problems.`);
  process.exit(1);
}
console.log('\nAll pages valid.');
