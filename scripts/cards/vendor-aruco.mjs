#!/usr/bin/env node
// Makes an ES-module copy of the two js-aruco2 files the card reader uses (cv.js and
// aruco.js) in src/lib/cards/aruco/. The package is CommonJS that shares its objects
// through the top-level `this` (`this.CV = CV`), which the site's bundler (Vite with
// Rolldown) treats as an ES module without exports, so it cannot be imported as it is.
// The copy changes only how the files import and export, and leaves out the package's
// built-in dictionaries (we bring our own 60 codes). Run after updating js-aruco2:
//   node scripts/cards/vendor-aruco.mjs        (writes)
//   node scripts/cards/vendor-aruco.mjs --check (exits 1 when the copy is out of date)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(root, 'package.json'));
const pkgDir = dirname(require.resolve('js-aruco2/package.json'));
const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const outDir = join(root, 'src/lib/cards/aruco');

function replaceOnce(text, from, to, file) {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0)
    throw new Error(`${file}: expected exactly one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

export function vendored() {
  const banner = (file) =>
    `// @ts-nocheck\n// Generated from js-aruco2@${version} src/${file} by scripts/cards/vendor-aruco.mjs: do not edit.\n// Changed: ES module imports and exports instead of the top-level \`this\`${file === 'aruco.js' ? ', no built-in dictionaries' : ''}.\n`;
  let cv = readFileSync(join(pkgDir, 'src/cv.js'), 'utf8');
  cv = replaceOnce(cv, 'var CV = CV || {};\nthis.CV = CV;', 'var CV = {};', 'cv.js');
  cv = banner('cv.js') + cv.trimEnd() + '\n\nexport { CV };\n';

  let ar = readFileSync(join(pkgDir, 'src/aruco.js'), 'utf8');
  ar = replaceOnce(
    ar,
    "var CV = this.CV || require('./cv').CV;\nthis.AR = AR;",
    "import { CV } from './cv.js';",
    'aruco.js',
  );
  const start = ar.indexOf('AR.DICTIONARIES = {');
  const end = ar.indexOf('AR.Dictionary = function');
  if (start < 0 || end < start) throw new Error('aruco.js: dictionaries not found');
  ar = ar.slice(0, start) + 'AR.DICTIONARIES = {};\n\n' + ar.slice(end);
  ar = banner('aruco.js') + ar.trimEnd() + '\n\nexport { AR };\n';
  return { 'cv.js': cv, 'aruco.js': ar };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = vendored();
  const check = process.argv.includes('--check');
  let stale = false;
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    const path = join(outDir, name);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {}
    if (current === text) continue;
    stale = true;
    if (!check) writeFileSync(path, text);
    console.log(`${check ? 'out of date' : 'wrote'}: ${path}`);
  }
  if (check && stale) process.exit(1);
}
