import { describe, expect, it } from 'vitest';
import { runScenario } from '../../bench/queue/queue-bench.ts';
import { storeScenarios } from '../../bench/queue/store-scenarios.ts';

const scenario = (id: string) => {
  const found = storeScenarios.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
};

describe('the estimator on a few simulated days', () => {
  // Four days of the bank branch: shared counters, skills, breaks, a counter opening late.
  const branch = runScenario(scenario('mid-branch'), { days: 4 });
  const [estimator, naive] = branch.scorecard.estimators;

  it('beats the naive estimate clearly where services share counters', () => {
    expect(estimator?.maeMinutes).toBeLessThan(0.8 * (naive?.maeMinutes ?? 0));
  });

  it('brings the coverage of its interval close to 80% within days', () => {
    expect(estimator?.coverage).toBeGreaterThan(0.72);
    expect(estimator?.coverage).toBeLessThan(0.88);
    expect(estimator?.pastUpper).toBeLessThan(0.14);
  });

  it('says "now" only to tickets that were then called within a minute', () => {
    expect(branch.scorecard.nowShown).toBeGreaterThan(0);
    expect(branch.scorecard.nowCalledWithinMinute).toBe(1);
  });
});
