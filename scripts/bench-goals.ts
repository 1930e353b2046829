// Measures analyzeGoal against the labelled benchmark: accuracy, confusion matrix,
// the misclassified goals and the mean time per analysis.
// Run with `npm run bench:goals` (Node 22 strips the types; imports carry .ts).
import { analyzeGoal, GOAL_TYPES, type GoalType } from '../src/lib/goals/analyze.ts';
import { suggestLearningGoals } from '../src/lib/goals/rewrite.ts';
import { benchmarkGoals, type LabelledGoal } from '../tests/unit/goals/benchmark-goals.ts';
import { holdoutRound1, holdoutRound2, holdoutRound3 } from '../tests/unit/goals/holdout-goals.ts';

function evaluate(name: string, goals: LabelledGoal[]): number {
  const matrix = new Map<string, number>();
  const wrong: string[] = [];
  let correct = 0;
  for (const goal of goals) {
    const got = analyzeGoal(goal.text).type;
    matrix.set(`${goal.type}>${got}`, (matrix.get(`${goal.type}>${got}`) ?? 0) + 1);
    if (got === goal.type) correct++;
    else
      wrong.push(
        `  ${JSON.stringify(goal.text)}\n    label ${goal.type}, predicted ${got}${goal.note ? ` (${goal.note})` : ''}`,
      );
  }
  const accuracy = correct / goals.length;
  const short: Record<GoalType, string> = {
    leerdoel: 'leer',
    uitkomstdoel: 'uitk',
    competitiedoel: 'comp',
    vaag: 'vaag',
    onbekend: 'onb',
  };
  console.log(
    `\n${name}: ${correct}/${goals.length} correct, accuracy ${(accuracy * 100).toFixed(1)}%`,
  );
  console.log('confusion matrix (rows = label, columns = predicted)');
  console.log(
    ['label \\ pred'.padEnd(16), ...GOAL_TYPES.map((t) => short[t].padStart(6))].join(''),
  );
  for (const row of GOAL_TYPES) {
    const cells = GOAL_TYPES.map((col) => String(matrix.get(`${row}>${col}`) ?? 0).padStart(6));
    console.log([row.padEnd(16), ...cells].join(''));
  }
  console.log(
    wrong.length ? `misclassified (${wrong.length}):\n${wrong.join('\n')}` : 'misclassified: none',
  );
  return accuracy;
}

const accuracy = evaluate('benchmark', benchmarkGoals);
evaluate('holdout round 1 (70% on first run, then used to broaden the rules)', holdoutRound1);
evaluate('holdout round 2 (76.7% on first run, then used to broaden the rules)', holdoutRound2);
evaluate('holdout round 3 (unseen: never used to tune the rules)', holdoutRound3);

// Timing: every goal many times, after a warm-up, as on every keystroke. The median of
// the rounds is reported (a single round on a shared machine can be slow by chance).
const texts = benchmarkGoals.map((g) => g.text);
function medianMicros(run: (t: string) => unknown, rounds = 50): number {
  for (const t of texts) run(t);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (const t of texts) run(t);
    times.push((performance.now() - start) / texts.length);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]! * 1000;
}
console.log(
  `\nmedian time per analysis: ${medianMicros(analyzeGoal).toFixed(1)} µs (${texts.length} goals x 50 rounds)`,
);
console.log(
  `median time per rewrite (suggestions, each checked by the analyzer): ${medianMicros(suggestLearningGoals, 20).toFixed(1)} µs`,
);
