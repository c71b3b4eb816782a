// Scores wait estimators against a queue log: the wait each predicted when a ticket was issued against the wait it really had.
//
// Every ticket is scored once, at its first call: a no-show counts (the counter called it then,
// whether or not anyone came); a cancelled ticket was never called and is only counted. A ticket
// any estimator called `unsure` is left out of every estimator's figures, so all are compared on
// the same tickets. `now` counts as a predicted wait of 0. Interval figures are over the tickets
// the first estimator showed a range, the ones a customer would read a range for.
//
// An estimate can keep its promise on average and break it for a whole group of customers, so
// the first estimator is also scored per group: by ticket kind (walk-in, priority, appointment by
// how early it checked in), per service, per weekday and per hour of the day, on the store's clock.
import type { QueueEvent } from '../queue-events.ts';
import { applyQueueEvent, emptyQueueState } from '../queue-state.ts';
import { createStoreClock, weekdayNames } from './store-clock.ts';
import type { WaitEstimate, WaitEstimator } from './wait-estimator.ts';

const minute = 60_000;

export interface GroupScore {
  group: string;
  /** Tickets scored: called, and given a number by every estimate. */
  scored: number;
  /** Of those, the tickets shown a range: the base of `coverage` and `pastUpper`. */
  ranges: number;
  /** Tickets the first estimator told "not sure yet". */
  unsure: number;
  maeMinutes: number;
  biasMinutes: number;
  ratioToBaseline: number;
  coverage: number;
  pastUpper: number;
}

export interface GroupScores {
  kind: GroupScore[];
  service: GroupScore[];
  weekday: GroupScore[];
  hour: GroupScore[];
}

export type GroupDimension = keyof GroupScores;

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
  /** The time zone weekdays and hours are read in. */
  timeZone: string;
  groups: GroupScores;
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

interface GroupTotals {
  scored: number;
  ranges: number;
  unsure: number;
  absolute: number;
  baselineAbsolute: number;
  signed: number;
  covered: number;
  above: number;
}

interface Issued {
  estimates: WaitEstimate[];
  groups: Record<GroupDimension, string>;
}

const dimensions: readonly GroupDimension[] = ['kind', 'service', 'weekday', 'hour'];
const point = (estimate: WaitEstimate) => (estimate.kind === 'range' ? estimate.medianMinutes : 0);
const pad = (value: number) => String(value).padStart(2, '0');

/** The kind group of a ticket: an appointment by how many minutes before its booked time it checked in. */
function kindGroup(event: QueueEvent & { type: 'ticket.issued' }): string {
  if (event.appointmentAt !== undefined) {
    const early = (Date.parse(event.appointmentAt) - Date.parse(event.at)) / minute;
    if (early <= 0) return 'appointment, on time or late';
    if (early <= 10) return 'appointment, 0-10 min early';
    return early <= 20 ? 'appointment, 10-20 min early' : 'appointment, 20+ min early';
  }
  return event.priority !== undefined || event.advanceMinutes > 0 ? 'priority' : 'walk-in';
}

export interface WaitScoringOptions {
  /** The store's IANA time zone, for weekdays and hours. Default UTC. */
  timeZone?: string;
}

/** `estimators[0]` is the one whose ranges are scored; `baseline` names the one ratios compare to. */
export function createWaitScoring(estimators: readonly NamedEstimator[], baseline: string, { timeZone = 'UTC' }: WaitScoringOptions = {}): WaitScoring {
  const state = emptyQueueState();
  const clock = createStoreClock(timeZone);
  const predicted = new Map<string, Issued>();
  const totals: Totals[] = estimators.map(() => ({ absolute: 0, signed: 0, covered: 0, above: 0, width: 0, unsure: 0, now: 0 }));
  const groupTotals = new Map<string, GroupTotals>();
  const card = { issued: 0, called: 0, noShows: 0, cancelled: 0, scored: 0, ranges: 0, waited: 0, nowShown: 0, nowCalledWithinMinute: 0 };
  const baselineIndex = Math.max(0, estimators.findIndex((entry) => entry.name === baseline));

  const groupOf = (dimension: GroupDimension, group: string) => {
    const key = `${dimension}\u0000${group}`;
    let found = groupTotals.get(key);
    if (!found) {
      found = { scored: 0, ranges: 0, unsure: 0, absolute: 0, baselineAbsolute: 0, signed: 0, covered: 0, above: 0 };
      groupTotals.set(key, found);
    }
    return found;
  };
  const scoreGroups = ({ estimates, groups }: Issued, waited: number) => {
    const first = estimates[0];
    if (!first) return;
    const counted = !estimates.some((estimate) => estimate.kind === 'unsure');
    for (const dimension of dimensions) {
      const group = groupOf(dimension, groups[dimension]);
      if (first.kind === 'unsure') group.unsure += 1;
      if (!counted) continue;
      group.scored += 1;
      group.absolute += Math.abs(point(first) - waited);
      group.baselineAbsolute += Math.abs(point(estimates[baselineIndex] as WaitEstimate) - waited);
      group.signed += point(first) - waited;
      if (first.kind !== 'range') continue;
      group.ranges += 1;
      if (waited >= first.lowMinutes && waited <= first.highMinutes) group.covered += 1;
      if (waited > first.highMinutes) group.above += 1;
    }
  };

  const score = (issued: Issued, waited: number) => {
    const { estimates } = issued;
    card.called += 1;
    card.waited += waited;
    scoreGroups(issued, waited);
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

  const per = (value: number, count: number) => (count > 0 ? value / count : Number.NaN);
  const groupScores = (dimension: GroupDimension): GroupScore[] => {
    const prefix = `${dimension}\u0000`;
    const scores = [...groupTotals.entries()]
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, total]) => ({
        group: key.slice(prefix.length),
        scored: total.scored,
        ranges: total.ranges,
        unsure: total.unsure,
        maeMinutes: per(total.absolute, total.scored),
        biasMinutes: per(total.signed, total.scored),
        ratioToBaseline: per(total.absolute, total.baselineAbsolute),
        coverage: per(total.covered, total.ranges),
        pastUpper: per(total.above, total.ranges),
      }));
    const order = (group: string) => (dimension === 'weekday' ? weekdayNames.indexOf(group as (typeof weekdayNames)[number]) : 0);
    return scores.sort((a, b) => order(a.group) - order(b.group) || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
  };

  return {
    apply(event) {
      if (event.type === 'ticket.issued') {
        const now = Date.parse(event.at);
        const arrival = { service: event.service, advanceMinutes: event.advanceMinutes, appointmentAt: event.appointmentAt === undefined ? undefined : Date.parse(event.appointmentAt) };
        const local = clock.dayOf(now);
        predicted.set(event.ticket, {
          estimates: estimators.map(({ estimator }) => estimator.estimateNew(state, now, arrival)),
          groups: {
            kind: kindGroup(event),
            service: event.service,
            weekday: weekdayNames[local.weekday] as string,
            hour: `${pad(Math.floor(local.minute / 60) % 24)}:00`,
          },
        });
        card.issued += 1;
      }
      const outcome = applyQueueEvent(state, event);
      for (const { estimator } of estimators) estimator.observe(event, outcome, state);
      if (outcome.kind === 'called') {
        const issued = predicted.get(outcome.ticket.id);
        predicted.delete(outcome.ticket.id);
        if (issued) score(issued, outcome.waitedMs / minute);
      }
      if (outcome.kind === 'finished' && outcome.noShow) card.noShows += 1;
      if (event.type === 'ticket.cancelled' && predicted.delete(event.ticket)) card.cancelled += 1;
    },
    scorecard() {
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
        timeZone,
        groups: { kind: groupScores('kind'), service: groupScores('service'), weekday: groupScores('weekday'), hour: groupScores('hour') },
      };
    },
  };
}
