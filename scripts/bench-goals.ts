// Measures analyzeGoal against the labelled benchmark: accuracy, confusion matrix,
// the misclassified goals and the mean time per analysis.
// Run with `npm run bench:goals` (Node 22 strips the types; imports carry .ts).
import { analyzeGoal, GOAL_TYPES, type GoalType } from '../src/lib/goals/analyze.ts';
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

// Timing: every goal many times, after a warm-up, as on every keystroke.
const texts = benchmarkGoals.map((g) => g.text);
for (const t of texts) analyzeGoal(t);
const rounds = 50;
const start = performance.now();
for (let r = 0; r < rounds; r++) for (const t of texts) analyzeGoal(t);
const mean = (performance.now() - start) / (rounds * texts.length);
console.log(
  `\nmean time per analysis: ${(mean * 1000).toFixed(1)} µs (${texts.length} goals x ${rounds} rounds)`,
);

if (accuracy < 0.9) {
  console.log('benchmark accuracy is below the 90% target');
  process.exitCode = 1;
}
