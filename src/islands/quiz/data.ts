// Every statement with its verdict, explanation and source: for a round on /quiz/, and
// for the presenter and the answer key on /quiz/klas/. The pages' HTML carries only what
// their first view needs (the pages to choose from; the statements' texts for the set
// builder); the rest is a JSON file of the build (src/pages/quiz/stellingen.json.ts),
// fetched once, when a part that shows verdicts is opened.
import type { QuizStelling } from '@/lib/quiz/types';
import { eenmalig, type Lader } from '@/lib/browser/eenmalig';

export type Stellingenbank = ReadonlyMap<string, QuizStelling>;

let lader: Lader<Stellingenbank> | undefined;

/** Loads the statements from `bron` (the file's URL), by id; rejects when they cannot be loaded. */
export function stellingenLoader(bron: string): Lader<Stellingenbank> {
  return (lader ??= eenmalig(async () => {
    const antwoord = await fetch(bron);
    if (!antwoord.ok) throw new Error(`${bron}: HTTP ${antwoord.status}`);
    const lijst: unknown = await antwoord.json();
    if (!Array.isArray(lijst)) throw new Error(`${bron}: not a list`);
    return new Map((lijst as QuizStelling[]).map((s) => [s.id, s]));
  }));
}
