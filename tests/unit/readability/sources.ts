// The client-facing text of the goal rewriter and the mindset test, for the readability
// measure (issue #16): the strings modules (with the texts of the goal logic they
// re-export) and the mindset test's items.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as goalsAnalysis from '../../../src/strings/goals-analysis.ts';
import * as goalsCard from '../../../src/strings/goals-card.ts';
import * as goalsPage from '../../../src/strings/goals-page.ts';
import * as goalsPlans from '../../../src/strings/goals-plans.ts';
import * as goalsRewrite from '../../../src/strings/goals-rewrite.ts';
import * as goalsShell from '../../../src/strings/goals-shell.ts';
import * as goalsSmart from '../../../src/strings/goals-smart.ts';
import * as mindset from '../../../src/strings/mindset.ts';
import * as mindsetResults from '../../../src/strings/mindset-results.ts';
import * as mindsetQuick from '../../../src/strings/mindset-quick-check.ts';
import { collectStrings } from './flesch-douma.ts';

/** The sentence templates of suggestions are measured by the corpus, not here. */
const { rewriteStrings: _templates, ...goalsRewriteUi } = goalsRewrite as Record<string, unknown>;

export function goalTexts(): string[] {
  return collectStrings([
    goalsAnalysis,
    goalsCard,
    goalsPage,
    goalsPlans,
    goalsRewriteUi,
    goalsShell,
    goalsSmart,
  ]);
}

export function mindsetTexts(): string[] {
  const url = new URL('../../../content/mindsettest/test.yaml', import.meta.url);
  const data = parse(readFileSync(url, 'utf8')) as {
    items: {
      thema: string;
      vast: string;
      groei: string;
      reflectie: string;
      theorie: { tekst: string };
    }[];
    snelleCheck: { stelling: string }[];
  };
  const content = [
    ...data.items.flatMap((i) => [i.thema, i.vast, i.groei, i.reflectie, i.theorie.tekst]),
    ...data.snelleCheck.map((s) => s.stelling),
  ];
  return [...collectStrings([mindset, mindsetResults, mindsetQuick]), ...content];
}
