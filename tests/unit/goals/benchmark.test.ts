import { describe, expect, it } from 'vitest';
import { analyzeGoal, GOAL_TYPES } from '@/lib/goals/analyze';
import { benchmarkGoals } from './benchmark-goals';
import { holdoutRound3 } from './holdout-goals';

const accuracy = (goals: typeof benchmarkGoals) =>
  goals.filter((g) => analyzeGoal(g.text).type === g.type).length / goals.length;

describe('goal benchmark', () => {
  it('has at least 110 labelled goals covering every type', () => {
    expect(benchmarkGoals.length).toBeGreaterThanOrEqual(110);
    for (const type of GOAL_TYPES)
      expect(benchmarkGoals.filter((g) => g.type === type).length).toBeGreaterThanOrEqual(10);
  });
  it('reaches at least 90% accuracy', () => {
    expect(accuracy(benchmarkGoals)).toBeGreaterThanOrEqual(0.9);
  });
  it('does not fall below its measured level on the unseen held-out round', () => {
    // Round 3 was never used to tune the rules; 82% when first measured. A guard against regressions.
    expect(accuracy(holdoutRound3)).toBeGreaterThanOrEqual(0.8);
  });
});
