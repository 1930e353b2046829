// Measures the share of generated sentences that pass the sentence rules of issue #16
// over the committed corpus (tests/unit/goals/corpus/goals.ts): learning-goal
// suggestions, "maak het kleiner" and the if-then plan sentences.
// Run with `npm run measure:goals` (add --verbose to list every failing sentence).
import { obstakelSentence, startSentence } from '../src/lib/goals/card-text.ts';
import { makeSmaller, suggestLearningGoals } from '../src/lib/goals/rewrite.ts';
import {
  corpusGoals,
  obstaclePlans,
  situations,
  startPlans,
} from '../tests/unit/goals/corpus/goals.ts';
import { sentenceProblems } from '../tests/unit/goals/corpus/sentence-rules.ts';

const verbose = process.argv.includes('--verbose');
let total = 0;
let passed = 0;
const failures: string[] = [];
const byProblem = new Map<string, number>();

function judge(sentence: string, own: string, source: string) {
  total++;
  const problems = sentenceProblems(sentence, own);
  if (!problems.length) return void passed++;
  for (const p of problems) {
    const key = p.replace(/".*"/, '"…"');
    byProblem.set(key, (byProblem.get(key) ?? 0) + 1);
  }
  failures.push(`${source}\n    ${sentence}\n    -> ${problems.join('; ')}`);
}

corpusGoals.forEach((goal, i) => {
  const suggestions = suggestLearningGoals(goal.text);
  for (const s of suggestions) judge(s, goal.text, `goal: ${goal.text}`);
  const situation = situations[i % situations.length]!;
  const base = suggestions[0] ?? goal.text;
  for (const s of makeSmaller(base, situation))
    judge(s, `${goal.text} ${base} ${situation}`, `smaller: ${base} | ${situation}`);
});
for (const p of startPlans) {
  const s = startSentence(p);
  if (s) judge(s, `${p.wanneer} ${p.waar} ${p.hoe}`, `start plan: ${JSON.stringify(p)}`);
}
for (const p of obstaclePlans) {
  const s = obstakelSentence(p);
  if (s) judge(s, `${p.als} ${p.dan}`, `obstacle plan: ${JSON.stringify(p)}`);
}

console.log(
  `corpus: ${corpusGoals.length} goals, ${startPlans.length} start plans, ${obstaclePlans.length} obstacle plans`,
);
console.log(
  `generated sentences: ${total}, passing: ${passed} (${((passed / total) * 100).toFixed(1)}%)`,
);
console.log('problems:', Object.fromEntries([...byProblem].sort((a, b) => b[1] - a[1])));
if (verbose) console.log(failures.join('\n'));
