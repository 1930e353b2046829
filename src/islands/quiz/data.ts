// Every statement with its verdict, explanation and source: for a round on /quiz/, and
// for the presenter and the answer key on /quiz/klas/. The pages' HTML carries only what
// their first view needs (the pages to choose from; the statements' texts for the set
// builder); the rest is a JSON file of the build (src/pages/quiz/stellingen.json.ts),
// fetched once, when a part that shows verdicts is opened.
import type { QuizStelling } from '@/lib/quiz/types';
import { once, type Loader } from '@/lib/browser/once';

export type Stellingenbank = ReadonlyMap<string, QuizStelling>;

let loader: Loader<Stellingenbank> | undefined;

/** Loads the statements from `bron` (the file's URL), by id; rejects when they cannot be loaded. */
export function stellingenLoader(bron: string): Loader<Stellingenbank> {
  return (loader ??= once(async () => {
    const antwoord = await fetch(bron);
    if (!antwoord.ok) throw new Error(`${bron}: HTTP ${antwoord.status}`);
    const list: unknown = await antwoord.json();
    if (!Array.isArray(list)) throw new Error(`${bron}: not a list`);
    return new Map((list as QuizStelling[]).map((s) => [s.id, s]));
  }));
}
