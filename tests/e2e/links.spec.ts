import { test, expect } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './pages';

// Every internal link, asset and #fragment in the built HTML resolves: navigation,
// cross-references, glossary links, generated links. No browser needed.
const dist = 'dist';
const pages = builtPages(dist);
const html = new Map(pages.map((p) => [p, readFileSync(join(dist, p.endsWith('.html') ? p : `${p}index.html`), 'utf8')]));
const ids = new Map([...html].map(([p, h]) => [p, new Set([...h.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))]));

function resolveTarget(from: string, ref: string): { page?: string; file?: string; fragment?: string } {
  const url = new URL(ref, `http://site/${from}`);
  const path = decodeURIComponent(url.pathname.slice(1));
  const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
  if (html.has(path)) return { page: path, fragment };
  if (existsSync(join(dist, path)) && path !== '' && !path.endsWith('/')) return { file: path, fragment };
  return { fragment };
}

test('every internal link and fragment in the built site resolves', () => {
  const broken: string[] = [];
  for (const [page, source] of html) {
    const refs = [...source.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    for (const ref of refs) {
      if (/^(https?:|mailto:|data:|tel:)/.test(ref)) continue;
      const target = resolveTarget(page, ref);
      if (target.page === undefined && !target.file) broken.push(`/${page}: ${ref} (no such page or file)`);
      else if (target.page !== undefined && target.fragment && !ids.get(target.page)!.has(target.fragment)) {
        broken.push(`/${page}: ${ref} (no #${target.fragment})`);
      }
    }
  }
  expect(pages.length).toBeGreaterThan(10);
  expect(broken).toEqual([]);
});

test('ids are unique on every page', () => {
  const duplicates: string[] = [];
  for (const [page, source] of html) {
    const all = [...source.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    const seen = new Set<string>();
    for (const id of all) {
      if (seen.has(id)) duplicates.push(`/${page}#${id}`);
      seen.add(id);
    }
  }
  expect(duplicates).toEqual([]);
});
