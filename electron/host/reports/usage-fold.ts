// Folds the usage log, in the order it was written, into one summary per day of the store's clock.
//
// A flow run is followed through its session: the steps it reached, whether a tutorial or a
// practice run came before it, and why it was left (`error` when an action of it failed, else
// `preferPerson` when the customer asked for a person during it, else `timeout` when the session
// timed out right after, else `cancel`). A run is counted on the day of each of its facts. A fold
// that starts mid-session (a session across midnight, for a fold of one day) leaves that session's
// runs out of the run figures and still counts its simple facts (ratings, tickets, help); of its
// accessibility modes, those turned on before the fold began are not counted at its end.
import type { UsageEvent, WaitPrediction } from '../../../shared/usage/events.ts';
import { kioskHeartbeatMinutes } from '../../../shared/usage/events.ts';
import { createStoreClock } from '../../../shared/queue/estimate/store-clock.ts';
import {
  emptyDay,
  emptyFlow,
  emptyRatings,
  emptyService,
  emptySteps,
  type AbandonReason,
  type DaySummary,
  type FlowSummary,
  type RatingCounts,
  type RunCounts,
  type ServiceSummary,
} from './day-summary.ts';
import { addValue } from './histogram.ts';
import { createModeUse } from './mode-use.ts';

/** An event as the log holds it; `event` is trusted to be a UsageEvent the log checked when it took it. */
export interface LoggedEvent {
  seq: number;
  at: string;
  sessionId: string | null;
  event: UsageEvent;
}

interface Run {
  flowId: string;
  pilot: boolean;
  assisted: boolean;
  reached: Set<string>;
  step: string | null;
  afterPractice: boolean;
  afterTutorial: boolean;
  failed: boolean;
  askedForPerson: boolean;
}

interface SessionTrack {
  run: Run | null;
  practiced: Set<string>;
  tutored: Set<string>;
  /** The run just left with reason `cancel`, and its day: a timeout right after makes it `timeout`. */
  justCancelled: { day: DaySummary; flowId: string; step: string } | null;
}

export interface UsageFold {
  add(logged: LoggedEvent): void;
  /** The days folded so far, keyed YYYY-MM-DD; live objects, changed by later adds. */
  days(): Map<string, DaySummary>;
}

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

export function dateOfKey(key: number): string {
  return new Date(key * dayMs).toISOString().slice(0, 10);
}

export function createUsageFold(timeZone: string): UsageFold {
  const clock = createStoreClock(timeZone, '00:00');
  const days = new Map<string, DaySummary>();
  const sessions = new Map<string, SessionTrack>();
  const modeUse = createModeUse();

  // Events come in days: the last day's summary is kept at hand, not looked up by a new date string.
  let last: { key: number; summary: DaySummary } | null = null;
  function dayOf(at: string): { summary: DaySummary; hour: number } {
    const local = clock.dayOf(Date.parse(at));
    if (last?.key !== local.key) {
      const date = dateOfKey(local.key);
      let summary = days.get(date);
      if (!summary) {
        summary = emptyDay();
        days.set(date, summary);
      }
      last = { key: local.key, summary };
    }
    return { summary: last.summary, hour: Math.floor(local.minute / 60) };
  }

  function add({ at, sessionId, event }: LoggedEvent): void {
    const { summary: day, hour } = dayOf(at);
    day.events += 1;
    const track = sessionId === null ? undefined : sessions.get(sessionId);
    // A timeout is known only from the event after the run was left: the session's end.
    if (track?.justCancelled && !(event.type === 'session.ended' && event.reason === 'timedOut')) track.justCancelled = null;

    switch (event.type) {
      case 'session.started':
        day.sessions.started += 1;
        increment(day.sessions.byHour, String(hour));
        increment(day.sessions.languages, event.language);
        if (sessionId !== null) sessions.set(sessionId, { run: null, practiced: new Set(), tutored: new Set(), justCancelled: null });
        return;
      case 'session.ended':
        day.sessions[event.reason] += 1;
        addValue(day.sessions.seconds, event.durationMs / 1000);
        if (sessionId !== null) modeUse.ended(day, sessionId, event.reason);
        if (track) {
          if (event.reason === 'timedOut' && track.justCancelled) {
            const steps = flowOf(track.justCancelled.day, track.justCancelled.flowId).steps[track.justCancelled.step];
            if (steps) {
              steps.cancel -= 1;
              steps.timeout += 1;
            }
          } else if (track.run) {
            leave(day, track.run, event.reason === 'timedOut' ? 'timeout' : 'cancel');
          }
          if (sessionId !== null) sessions.delete(sessionId);
        }
        return;
      case 'flow.started': {
        const flow = flowOf(day, event.flowId);
        if (event.practice) {
          flow.practice.started += 1;
          track?.practiced.add(event.flowId);
          if (track) track.run = null;
          return;
        }
        if (!track) return;
        countStart(flow, event);
        track.run = {
          flowId: event.flowId,
          pilot: event.pilot,
          assisted: event.assisted === true,
          reached: new Set(),
          step: null,
          afterPractice: track.practiced.has(event.flowId),
          afterTutorial: track.tutored.has(event.flowId),
          failed: false,
          askedForPerson: false,
        };
        aidOf(flow, track.run).forEach((counts) => (counts.started += 1));
        return;
      }
      case 'flow.step': {
        const run = track?.run;
        if (event.practice || !run || run.flowId !== event.flowId) return;
        run.step = event.step;
        if (run.reached.has(event.step)) return;
        run.reached.add(event.step);
        stepOf(flowOf(day, event.flowId), event.step).reached += 1;
        return;
      }
      case 'flow.completed': {
        const flow = flowOf(day, event.flowId);
        if (event.practice) {
          flow.practice.completed += 1;
          return;
        }
        const run = track?.run;
        if (!track || !run || run.flowId !== event.flowId) return;
        const seconds = event.durationMs / 1000;
        flow.runs.completed += 1;
        addValue(flow.seconds, seconds);
        addValue(run.pilot ? flow.pilotSeconds : flow.establishedSeconds, seconds);
        (run.pilot ? flow.pilot : flow.established).completed += 1;
        if (run.assisted) flow.assisted.completed += 1;
        aidOf(flow, run).forEach((counts) => (counts.completed += 1));
        track.run = null;
        return;
      }
      case 'flow.cancelled': {
        const run = track?.run;
        if (event.practice || !track || !run || run.flowId !== event.flowId) return;
        const reason = leave(day, run, 'cancel', event.step);
        track.run = null;
        track.justCancelled = reason === 'cancel' ? { day, flowId: run.flowId, step: event.step } : null;
        return;
      }
      case 'practice.started':
        // Counted from the practice run's own flow.started.
        return;
      case 'tutorial.offered':
        flowOf(day, event.flowId).tutorials.offered += 1;
        return;
      case 'tutorial.started':
        flowOf(day, event.flowId).tutorials.started += 1;
        track?.tutored.add(event.flowId);
        if (track?.run?.flowId === event.flowId) track.run.afterTutorial = true;
        return;
      case 'tutorial.finished':
        flowOf(day, event.flowId).tutorials.finished += 1;
        return;
      case 'tutorial.skipped':
        flowOf(day, event.flowId).tutorials.skipped += 1;
        return;
      case 'feedback.rated': {
        const flow = flowOf(day, event.flowId);
        rate(flow.ratings, event.rating);
        rate(event.pilot ? flow.pilotRatings : flow.establishedRatings, event.rating);
        return;
      }
      case 'feedback.dimensionRated': {
        const dimensions = flowOf(day, event.flowId).dimensions;
        rate((dimensions[event.dimension] ??= emptyRatings()), event.rating);
        return;
      }
      case 'help.requested': {
        increment((day.help[event.screen] ??= {}), event.reason ?? 'unknown');
        if (track?.run) track.run.askedForPerson = true;
        return;
      }
      case 'action.failed':
        if (track?.run?.flowId === event.flowId) track.run.failed = true;
        return;
      case 'ticket.issued':
        serviceOf(day, event.queueService).issued += 1;
        return;
      case 'ticket.called': {
        const service = serviceOf(day, event.queueService);
        service.called += 1;
        addValue(service.waitSeconds, event.waitedSeconds);
        scoreEstimate(service, event.predicted, event.waitedSeconds);
        return;
      }
      case 'ticket.served': {
        const service = serviceOf(day, event.queueService);
        service.served += 1;
        addValue(service.serviceSeconds, event.serviceSeconds);
        return;
      }
      case 'ticket.noShow':
        serviceOf(day, event.queueService).noShows += 1;
        return;
      case 'complaint.filed': {
        const category = (day.complaints[event.category] ??= { filed: 0, withContact: 0 });
        category.filed += 1;
        if (event.contactWanted) category.withContact += 1;
        return;
      }
      case 'printer.failed':
        incident(day, 'printerFailed', event.code);
        return;
      case 'kiosk.rendererRecovered':
        incident(day, 'rendererRecovered', event.cause);
        return;
      case 'storage.recovered':
        incident(day, 'storageRecovered', event.reason);
        return;
      case 'kiosk.configRejected':
        incident(day, 'configRejected', event.code);
        return;
      case 'kiosk.closedByStaff':
        if (event.closed) incident(day, 'closedByStaff', 'staff');
        return;
      case 'accessibility.modeChanged':
        if (sessionId !== null) modeUse.changed(day, sessionId, event);
        return;
      case 'kiosk.started':
        day.kiosk.starts += 1;
        return;
      case 'kiosk.alive':
        if (event.inService) day.kiosk.aliveInService += 1;
        else day.kiosk.aliveOutOfService += 1;
        return;
      default:
        // Screens, languages, backs, hesitations, idle warnings, pilots shown, refusals: not in these reports.
        return;
    }
  }

  return { add, days: () => days };
}

/** The reports count running time in heartbeats; this many minutes each. */
export const minutesPerHeartbeat = kioskHeartbeatMinutes;

function countStart(flow: FlowSummary, event: { pilot: boolean; assisted?: boolean | undefined }): void {
  flow.runs.started += 1;
  (event.pilot ? flow.pilot : flow.established).started += 1;
  if (event.assisted === true) flow.assisted.started += 1;
}

/** The learning groups a run belongs to: after a tutorial, after practice (both, for a run after both), or neither. */
function aidOf(flow: FlowSummary, run: Run): RunCounts[] {
  if (!run.afterTutorial && !run.afterPractice) return [flow.unaided];
  return [...(run.afterTutorial ? [flow.afterTutorial] : []), ...(run.afterPractice ? [flow.afterPractice] : [])];
}

/** Counts where a run was left and why; returns the reason. */
function leave(day: DaySummary, run: Run, plainReason: 'cancel' | 'timeout', step = run.step): AbandonReason {
  const reason: AbandonReason = run.failed ? 'error' : run.askedForPerson ? 'preferPerson' : plainReason;
  // A learning group's run left is simply not completed: its `started` was counted at its start.
  if (step !== null) stepOf(flowOf(day, run.flowId), step)[reason] += 1;
  return reason;
}

function scoreEstimate(service: ServiceSummary, predicted: WaitPrediction | undefined, waited: number): void {
  const estimate = service.estimate;
  if (!predicted || predicted.kind === 'unsure') {
    estimate.unsure += 1;
    return;
  }
  const told = predicted.kind === 'now' ? 0 : predicted.medianMinutes * 60;
  estimate.scored += 1;
  estimate.absErrorSeconds += Math.abs(told - waited);
  estimate.signedErrorSeconds += told - waited;
  if (predicted.kind !== 'range') return;
  estimate.ranges += 1;
  if (waited >= predicted.lowMinutes * 60 && waited <= predicted.highMinutes * 60) estimate.inRange += 1;
  if (waited > predicted.highMinutes * 60) estimate.pastUpper += 1;
}

function flowOf(day: DaySummary, flowId: string): FlowSummary {
  return (day.flows[flowId] ??= emptyFlow());
}

function stepOf(flow: FlowSummary, step: string) {
  return (flow.steps[step] ??= emptySteps());
}

function serviceOf(day: DaySummary, service: string): ServiceSummary {
  return (day.queue[service] ??= emptyService());
}

function rate(counts: RatingCounts, rating: number): void {
  counts.count += 1;
  counts.sum += rating;
  if (rating <= 2) counts.low += 1;
}

function incident(day: DaySummary, kind: string, code: string): void {
  increment((day.incidents[kind] ??= {}), code);
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}
