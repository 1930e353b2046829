#!/usr/bin/env node
// Draws the app icons (public/icons/*.png) from the favicon's design with Chromium,
// so no image tool is needed. Run by hand when the design changes and commit the PNGs:
//   node scripts/icons.mjs
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './local.mjs';

const ACCENT = '#0b5fb0';
// The favicon's mark (public/favicon.svg): a ring with a quarter filled in.
const mark = (ring, fill) =>
  `<circle cx="16" cy="16" r="12" fill="${fill}" stroke="${ring}" stroke-width="3"/>` +
  `<path d="M16 4a12 12 0 0 1 12 12h-6a6 6 0 0 0-6-6z" fill="${ring}"/>`;

const icons = [
  // Transparent, mark filling the square: "any" purpose (Android, desktop install).
  { file: 'icon-192.png', size: 192, svg: `<svg viewBox="2 2 28 28">${mark(ACCENT, '#fff')}</svg>` },
  { file: 'icon-512.png', size: 512, svg: `<svg viewBox="2 2 28 28">${mark(ACCENT, '#fff')}</svg>` },
  // Maskable: full-bleed background, mark inside the 80 % safe zone.
  {
    file: 'maskable-512.png',
    size: 512,
    svg: `<svg viewBox="-2 -2 36 36"><rect x="-2" y="-2" width="36" height="36" fill="${ACCENT}"/>${mark('#fff', ACCENT)}</svg>`,
  },
  // iOS home screen: no transparency, its own rounded corners.
  {
    file: 'apple-touch-icon.png',
    size: 180,
    svg: `<svg viewBox="-1 -1 34 34"><rect x="-1" y="-1" width="34" height="34" fill="#fff"/>${mark(ACCENT, '#fff')}</svg>`,
  },
];

const browser = await chromium.launch({ ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: chromiumArgs });
mkdirSync('public/icons', { recursive: true });
try {
  for (const { file, size, svg } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('<svg ', `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" `);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    await page.screenshot({ path: `public/icons/${file}`, omitBackground: true });
    await page.close();
    console.log(`public/icons/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
