// Everything the site keeps in this browser, per tool: the one place a store registers
// itself so /mijn-gegevens/ can list, export, restore and delete it. A new store adds
// an entry here (label, key or key prefix, and the rule it is read with).
import { validateAntwoorden } from '@/lib/quiz/answers';
import { checkStored, type PersistedOptions } from '@/stores/persisted';
import { CARDS_STORED, DRAFT_STORED } from '@/stores/goals';
import { RESULTS_STORED } from '@/stores/mindset';
import { ZELF_STORED } from '@/stores/quiz';
import { KLAS_STORED, KLAS_TWEEDE_STORED } from '@/stores/quiz-klas';
import { registryStrings as t } from '@/strings/my-data';

/** How one stored value is read: a persisted store's rule, or a plain check of the raw text. */
export type StoredRule =
  | { kind: 'persisted'; options: PersistedOptions<unknown> }
  | { kind: 'raw'; valid: (raw: string) => boolean };

export interface StoredKey {
  /** The exact key, or a prefix when `prefix` is true (one key per reading page). */
  key: string;
  prefix?: boolean;
  /** What it holds, in a few words. */
  label: string;
  rule: StoredRule;
}

export interface StoredTool {
  id: string;
  label: string;
  /** Site path of the tool, without the base ("doelen/"). */
  pad: string;
  keys: StoredKey[];
}

const persisted = <T>(options: PersistedOptions<T>): StoredRule => ({
  kind: 'persisted',
  options: options as PersistedOptions<unknown>,
});

export const STORED_TOOLS: StoredTool[] = [
  {
    id: 'doelen',
    label: t.doelen,
    pad: 'doelen/',
    keys: [
      { key: CARDS_STORED.key, label: t.doelkaarten, rule: persisted(CARDS_STORED) },
      { key: DRAFT_STORED.key, label: t.doelconcept, rule: persisted(DRAFT_STORED) },
    ],
  },
  {
    id: 'mindsettest',
    label: t.mindsettest,
    pad: 'mindsettest/',
    keys: [{ key: RESULTS_STORED.key, label: t.uitslagen, rule: persisted(RESULTS_STORED) }],
  },
  {
    id: 'quiz',
    label: t.quiz,
    pad: 'quiz/',
    keys: [
      { key: ZELF_STORED.key, label: t.ronde, rule: persisted(ZELF_STORED) },
      {
        key: 'zelfsturing:stellingen:',
        prefix: true,
        label: t.paginaAntwoorden,
        // Version 1 as in src/lib/quiz/page-answers.ts (not imported: that module is the
        // reading pages' own, and sharing it would split it off their 3 kB of JS).
        rule: persisted({ key: 'zelfsturing:stellingen:', version: 1, initial: {}, validate: validateAntwoorden }),
      },
    ],
  },
  {
    id: 'klas',
    label: t.klas,
    pad: 'quiz/klas/',
    keys: [
      { key: KLAS_STORED.key, label: t.sessie, rule: persisted(KLAS_STORED) },
      { key: KLAS_TWEEDE_STORED.key, label: t.tweedeSessie, rule: persisted(KLAS_TWEEDE_STORED) },
    ],
  },
  {
    id: 'weergave',
    label: t.weergave,
    pad: '',
    keys: [{ key: 'zelfsturing:thema', label: t.thema, rule: { kind: 'raw', valid: (raw) => raw === 'light' || raw === 'dark' } }],
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

export type RuleCheck = { ok: true; dropped: number; value: unknown } | { ok: false; reason: string };

/** Reads a raw stored value by its entry's rule. */
export function checkRule(rule: StoredRule, raw: string): RuleCheck {
  if (rule.kind === 'raw') return rule.valid(raw) ? { ok: true, dropped: 0, value: raw } : { ok: false, reason: 'invalid' };
  return checkStored(rule.options, raw);
}
