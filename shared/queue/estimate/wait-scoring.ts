// Scores wait estimators against a queue log: the wait each predicted when a ticket was issued against the wait it really had.
//
// Every ticket is scored once, at its first call: a no-show counts (the counter called it then,
// whether or not anyone came); a cancelled ticket was never called and is only counted. A ticket
// any estimator called `unsure` is left out of every estimator's figures, so all are compared on
// the same tickets. `now` counts as a predicted wait of 0. Interval figures are over the tickets
// the first estimator showed a range, the ones a customer would read a range for.
import type { QueueEvent } from '../queue-events.ts';
import { applyQueueEvent, emptyQueueState } from '../queue-state.ts';
import type { WaitEstimate, WaitEstimator } from './wait-estimator.ts';

const minute = 60_000;

export interface EstimatorScore {
  name: string;
  maeMinutes: number;
  biasMinutes: number;
  ratioToBaseline: number;
  coverage: number;
  pastUpper: number;
  meanWidthMinutes: number;
  unsure: number;
  now: number;
}

export interface QueueScorecard {
  issued: number;
  called: number;
  noShows: number;
  cancelled: number;
  scored: number;
  ranges: number;
  meanWaitMinutes: number;
  nowShown: number;
  nowCalledWithinMinute: number;
  estimators: EstimatorScore[];
}

export interface NamedEstimator {
  name: string;
  estimator: WaitEstimator;
}

export interface WaitScoring {
  apply(event: QueueEvent): void;
  scorecard(): QueueScorecard;
}

interface Totals {
  absolute: number;
  signed: number;
  covered: number;
  above: number;
  width: number;
  unsure: number;
  now: number;
}

const point = (estimate: WaitEstimate) => (estimate.kind === 'range' ? estimate.medianMinutes : 0);

/** `estimators[0]` is the one whose ranges are scored; `baseline` names the one ratios compare to. */
export function createWaitScoring(estimators: readonly NamedEstimator[], baseline: string): WaitScoring {
  const state = emptyQueueState();
  const predicted = new Map<string, WaitEstimate[]>();
  const totals: Totals[] = estimators.map(() => ({ absolute: 0, signed: 0, covered: 0, above: 0, width: 0, unsure: 0, now: 0 }));
  const card = { issued: 0, called: 0, noShows: 0, cancelled: 0, scored: 0, ranges: 0, waited: 0, nowShown: 0, nowCalledWithinMinute: 0 };

  const score = (estimates: WaitEstimate[], waited: number) => {
    card.called += 1;
    card.waited += waited;
    estimates.forEach((estimate, index) => {
      const total = totals[index] as Totals;
      if (estimate.kind === 'unsure') total.unsure += 1;
      if (estimate.kind === 'now') total.now += 1;
    });
    if (estimates[0]?.kind === 'now') {
      card.nowShown += 1;
      if (waited <= 1) card.nowCalledWithinMinute += 1;
    }
    if (estimates.some((estimate) => estimate.kind === 'unsure')) return;
    card.scored += 1;
    const ranged = estimates[0]?.kind === 'range';
    if (ranged) card.ranges += 1;
    estimates.forEach((estimate, index) => {
      const total = totals[index] as Totals;
      total.absolute += Math.abs(point(estimate) - waited);
      total.signed += point(estimate) - waited;
      if (!ranged) return;
      const low = estimate.kind === 'range' ? estimate.lowMinutes : 0;
      const high = estimate.kind === 'range' ? estimate.highMinutes : 0;
      if (waited >= low && waited <= high) total.covered += 1;
      if (waited > high) total.above += 1;
      total.width += high - low;
    });
  };

  return {
    apply(event) {
      if (event.type === 'ticket.issued') {
        const now = Date.parse(event.at);
        const arrival = { service: event.service, advanceMinutes: event.advanceMinutes, appointmentAt: event.appointmentAt === undefined ? undefined : Date.parse(event.appointmentAt) };
        predicted.set(event.ticket, estimators.map(({ estimator }) => estimator.estimateNew(state, now, arrival)));
        card.issued += 1;
      }
      const outcome = applyQueueEvent(state, event);
      for (const { estimator } of estimators) estimator.observe(event, outcome, state);
      if (outcome.kind === 'called') {
        const estimates = predicted.get(outcome.ticket.id);
        predicted.delete(outcome.ticket.id);
        if (estimates) score(estimates, outcome.waitedMs / minute);
      }
      if (outcome.kind === 'finished' && outcome.noShow) card.noShows += 1;
      if (event.type === 'ticket.cancelled' && predicted.delete(event.ticket)) card.cancelled += 1;
    },
    scorecard() {
      const per = (value: number, count: number) => (count > 0 ? value / count : Number.NaN);
      const baselineIndex = Math.max(0, estimators.findIndex((entry) => entry.name === baseline));
      const baselineMae = per((totals[baselineIndex] as Totals).absolute, card.scored);
      return {
        issued: card.issued,
        called: card.called,
        noShows: card.noShows,
        cancelled: card.cancelled,
        scored: card.scored,
        ranges: card.ranges,
        meanWaitMinutes: per(card.waited, card.called),
        nowShown: card.nowShown,
        nowCalledWithinMinute: per(card.nowCalledWithinMinute, card.nowShown),
        estimators: estimators.map(({ name }, index) => {
          const total = totals[index] as Totals;
          const maeMinutes = per(total.absolute, card.scored);
          return {
            name,
            maeMinutes,
            biasMinutes: per(total.signed, card.scored),
            ratioToBaseline: maeMinutes / baselineMae,
            coverage: per(total.covered, card.ranges),
            pastUpper: per(total.above, card.ranges),
            meanWidthMinutes: per(total.width, card.ranges),
            unsure: total.unsure,
            now: total.now,
          };
        }),
      };
    },
  };
}
