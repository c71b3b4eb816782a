// The wait-estimate bench: every scenario's simulated days scored for the estimator, the naive estimate and a rolling mean of waits.
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { callingOrder } from '../../../shared/queue/calling-rule.ts';
import { applyQueueEvent, emptyQueueState } from '../../../shared/queue/queue-state.ts';
import { createWaitEstimator, type WaitEstimatorSettings } from '../../../shared/queue/estimate/monte-carlo-estimator.ts';
import { createNaiveEstimator } from '../../../shared/queue/estimate/naive-estimator.ts';
import { createRollingWaitEstimator } from '../../../shared/queue/estimate/rolling-wait-estimator.ts';
import { scorecardTable } from '../../../shared/queue/estimate/scorecard-table.ts';
import { createWaitScoring, type QueueScorecard } from '../../../shared/queue/estimate/wait-scoring.ts';
import { simulateStore } from './store-simulator.ts';
import { storeScenarios, type StoreScenario } from './store-scenarios.ts';

export const estimateTargets = { sharedCountersRatio: 0.65, singleServiceRatio: 0.92, coverageMin: 0.78, coverageMax: 0.82, pastUpperMax: 0.11 };

export interface ScenarioResult {
  scenario: string;
  title: string;
  days: number;
  counters: number;
  services: number;
  singleService: boolean;
  seconds: number;
  estimateAllMs: { calls: number; meanMs: number; maxMs: number; maxWaiting: number };
  scorecard: QueueScorecard;
  targets: { maxRatioToNaive: number; met: boolean };
}

/** The prior a store would configure: a round guess per service, not the simulator's truth. */
export function roughPrior(scenario: StoreScenario): WaitEstimatorSettings['priorServiceMinutes'] {
  return Object.fromEntries(scenario.services.map((service) => [service.id, 5]));
}

export function runScenario(scenario: StoreScenario, days = scenario.days): ScenarioResult {
  const started = performance.now();
  const priorServiceMinutes = roughPrior(scenario);
  const scoring = createWaitScoring(
    [
      { name: 'estimator', estimator: createWaitEstimator({ priorServiceMinutes, seed: scenario.seed }) },
      { name: 'naive', estimator: createNaiveEstimator({ priorServiceMinutes }) },
      { name: 'rolling mean of 10', estimator: createRollingWaitEstimator() },
    ],
    'naive',
  );
  // A second estimator, fed the same events, times estimateAll as the engine calls it.
  const timed = createWaitEstimator({ priorServiceMinutes, seed: scenario.seed + 1 });
  const timedState = emptyQueueState();
  const timing = { calls: 0, totalMs: 0, maxMs: 0, maxWaiting: 0 };
  let events = 0;
  simulateStore(
    scenario,
    (event) => {
      scoring.apply(event);
      const outcome = applyQueueEvent(timedState, event);
      timed.observe(event, outcome, timedState);
      events += 1;
      if (events % 25 !== 0 || timedState.waiting.size === 0) return;
      const start = performance.now();
      timed.estimateAll(timedState, Date.parse(event.at));
      const took = performance.now() - start;
      timing.calls += 1;
      timing.totalMs += took;
      if (took > timing.maxMs) {
        timing.maxMs = took;
        timing.maxWaiting = callingOrder([...timedState.waiting.values()]).length;
      }
    },
    { days },
  );
  const scorecard = scoring.scorecard();
  const estimator = scorecard.estimators[0];
  const maxRatioToNaive = scenario.singleService ? estimateTargets.singleServiceRatio : estimateTargets.sharedCountersRatio;
  const met =
    estimator !== undefined &&
    estimator.ratioToBaseline <= maxRatioToNaive &&
    estimator.coverage >= estimateTargets.coverageMin &&
    estimator.coverage <= estimateTargets.coverageMax &&
    estimator.pastUpper <= estimateTargets.pastUpperMax;
  return {
    scenario: scenario.id,
    title: scenario.title,
    days,
    counters: scenario.counters.length,
    services: scenario.services.length,
    singleService: scenario.singleService,
    seconds: (performance.now() - started) / 1000,
    estimateAllMs: { calls: timing.calls, meanMs: timing.calls ? timing.totalMs / timing.calls : 0, maxMs: timing.maxMs, maxWaiting: timing.maxWaiting },
    scorecard,
    targets: { maxRatioToNaive, met },
  };
}

/** Runs every scenario, prints a table each, writes bench-results/queue-estimates.json; false when a target is missed. */
export function runQueueBench(scenarios: readonly StoreScenario[] = storeScenarios): boolean {
  const started = performance.now();
  const results: ScenarioResult[] = [];
  console.log('wait estimate bench (waits predicted at issue vs. real waits until called; minutes)');
  for (const scenario of scenarios) {
    const result = runScenario(scenario);
    results.push(result);
    console.log(scorecardTable(`\n${scenario.id}: ${scenario.title}, ${result.days} days`, result.scorecard));
    console.log(
      `  targets: MAE <= ${result.targets.maxRatioToNaive} of naive, coverage 78-82%, past upper <= 11%: ${result.targets.met ? 'met' : 'MISSED'}` +
        `; estimateAll ${result.estimateAllMs.meanMs.toFixed(2)} ms mean, ${result.estimateAllMs.maxMs.toFixed(1)} ms max (${result.estimateAllMs.maxWaiting} waiting); ${result.seconds.toFixed(1)} s`,
    );
  }
  const seconds = (performance.now() - started) / 1000;
  const allMet = results.every((result) => result.targets.met);
  console.log(`\nqueue bench: ${allMet ? 'all targets met' : 'SOME TARGETS MISSED'} in ${seconds.toFixed(1)} s`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/queue-estimates.json', `${JSON.stringify({ version: 1, seconds, targets: estimateTargets, allMet, scenarios: results }, null, 2)}\n`);
  return allMet;
}

if (import.meta.main) runQueueBench(storeScenarios.filter((scenario) => process.argv.length <= 2 || process.argv.includes(scenario.id)));
