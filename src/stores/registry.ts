// Everything the site keeps in this browser, per tool: the one place a store registers
// itself so /mijn-gegevens/ can list, export, restore and delete it. A new store adds
// an entry here: its key (or key prefix), the version of its envelope, and whether it
// holds a list of entries with an id (restored and imported by merging).
//
// Plain data on purpose: the page checks the envelope only, and each tool checks the
// entries when it loads them (keeping the valid ones, setting aside the rest), so the
// page does not import the tools' code and the tools do not share chunks with it.
// tests/unit/storage/stores.test.ts keeps this list in step with the stores.
import { registryStrings as t } from '@/strings/my-data';

export interface StoredKey {
  /** The exact key, or a prefix when `prefix` is true (one key per reading page). */
  key: string;
  prefix?: boolean;
  /** What it holds, in a few words. */
  label: string;
  /** Version of its {"v","data"} envelope; undefined for a plain text value. */
  version?: number;
  /** For a list of entries with an id: the most the tool keeps. */
  max?: number;
  /** For a plain text value: the values that are valid. */
  values?: readonly string[];
}

export interface StoredTool {
  id: string;
  label: string;
  /** Site path of the tool, without the base ("doelen/"); "" for none. */
  pad: string;
  keys: StoredKey[];
}

export const STORED_TOOLS: StoredTool[] = [
  {
    id: 'doelen',
    label: t.doelen,
    pad: 'doelen/',
    keys: [
      { key: 'zelfsturing:doelkaarten', label: t.doelkaarten, version: 1, max: 200 },
      { key: 'zelfsturing:doelconcept', label: t.doelconcept, version: 1 },
    ],
  },
  {
    id: 'mindsettest',
    label: t.mindsettest,
    pad: 'mindsettest/',
    keys: [{ key: 'zelfsturing:mindsettest', label: t.uitslagen, version: 1, max: 500 }],
  },
  {
    id: 'quiz',
    label: t.quiz,
    pad: 'quiz/',
    keys: [
      { key: 'zelfsturing:quiz', label: t.ronde, version: 1 },
      { key: 'zelfsturing:stellingen:', prefix: true, label: t.paginaAntwoorden, version: 1 },
    ],
  },
  {
    id: 'klas',
    label: t.klas,
    pad: 'quiz/klas/',
    keys: [
      { key: 'zelfsturing:quiz-klas', label: t.sessie, version: 1 },
      { key: 'zelfsturing:quiz-klas-2', label: t.tweedeSessie, version: 1 },
    ],
  },
  {
    id: 'aantekeningen',
    label: t.aantekeningen,
    pad: 'aantekeningen/',
    keys: [
      { key: 'zelfsturing:aantekeningen', label: t.markeringen, version: 1, max: 5000 },
      { key: 'zelfsturing:leesplek', label: t.leesplek, version: 1 },
    ],
  },
  {
    id: 'weergave',
    label: t.weergave,
    pad: '',
    keys: [{ key: 'zelfsturing:thema', label: t.thema, values: ['light', 'dark'] }],
  },
];

/** Every key of the site starts with this. */
export const SITE_PREFIX = 'zelfsturing:';

/** The tool and key entry a stored key belongs to, if any. */
export function findStored(key: string): { tool: StoredTool; entry: StoredKey } | undefined {
  for (const tool of STORED_TOOLS) {
    for (const entry of tool.keys) {
      if (entry.prefix ? key.startsWith(entry.key) && key.length > entry.key.length : key === entry.key) return { tool, entry };
    }
  }
  return undefined;
}
