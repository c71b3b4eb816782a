// Every report on a hand-built log whose answers are worked out by hand: five sessions over two days
// in Madrid, a practice run, a tutorial, a timeout, an action that failed, a customer who asked for a
// person, a pilot flow, three called tickets with the waits they were told, a complaint and incidents.
import { describe, expect, it } from 'vitest';
import type { ReportRange, ReportTable } from '../../../shared/reports/report-views.ts';
import type { UsageEvent } from '../../../shared/usage/events.ts';
import { sumOf } from '../../../electron/host/reports/day-summary.ts';
import type { ReportInput } from '../../../electron/host/reports/report-input.ts';
import { periodOf, reportModules } from '../../../electron/host/reports/report-service.ts';
import { createUsageFold } from '../../../electron/host/reports/usage-fold.ts';
import type { ComplaintFigure } from '../../../electron/host/complaints/complaint-rows.ts';

const timeZone = 'Europe/Madrid';
const tags = { practice: false, pilot: false };

/** Events at local Madrid times (UTC+1 in early March), one session each unless null. */
const log: [string, string | null, UsageEvent][] = [
  ['2026-03-02T07:55:00Z', null, { type: 'kiosk.started', shell: 'test' }],
  ...Array.from({ length: 5 }, (_, index): [string, null, UsageEvent] => [`2026-03-02T08:0${index}:00Z`, null, { type: 'kiosk.alive', inService: true }]),
  ['2026-03-02T08:06:00Z', null, { type: 'kiosk.alive', inService: false }],
  // S1, 09:10 local, Spanish: completes `collect` in 60 s, rates it 5, reliability 4.
  ['2026-03-02T08:10:00Z', 'S1', { type: 'session.started', language: 'es', seesPilots: false }],
  ['2026-03-02T08:10:05Z', 'S1', { type: 'flow.started', flowId: 'collect', ...tags }],
  ['2026-03-02T08:10:05Z', 'S1', { type: 'flow.step', flowId: 'collect', ...tags, step: 'code' }],
  ['2026-03-02T08:10:30Z', 'S1', { type: 'flow.step', flowId: 'collect', ...tags, step: 'review' }],
  ['2026-03-02T08:11:05Z', 'S1', { type: 'flow.completed', flowId: 'collect', ...tags, durationMs: 60_000 }],
  ['2026-03-02T08:11:10Z', 'S1', { type: 'feedback.rated', flowId: 'collect', rating: 5, pilot: false }],
  ['2026-03-02T08:11:12Z', 'S1', { type: 'feedback.dimensionRated', flowId: 'collect', dimension: 'reliability', rating: 4 }],
  ['2026-03-02T08:11:30Z', 'S1', { type: 'session.ended', reason: 'completed', durationMs: 90_000 }],
  // S2, 09:40 local, English: a tutorial, then `collect` left at review by a timeout (after a back).
  ['2026-03-02T08:40:00Z', 'S2', { type: 'session.started', language: 'en', seesPilots: false }],
  ['2026-03-02T08:40:05Z', 'S2', { type: 'tutorial.offered', flowId: 'collect', step: 'code', trigger: 'firstUse' }],
  ['2026-03-02T08:40:06Z', 'S2', { type: 'tutorial.started', flowId: 'collect', step: 'code' }],
  ['2026-03-02T08:40:20Z', 'S2', { type: 'tutorial.finished', flowId: 'collect', step: 'code' }],
  ['2026-03-02T08:40:21Z', 'S2', { type: 'flow.started', flowId: 'collect', ...tags }],
  ['2026-03-02T08:40:21Z', 'S2', { type: 'flow.step', flowId: 'collect', ...tags, step: 'code' }],
  ['2026-03-02T08:40:40Z', 'S2', { type: 'flow.step', flowId: 'collect', ...tags, step: 'review' }],
  ['2026-03-02T08:40:50Z', 'S2', { type: 'flow.back', flowId: 'collect', ...tags, step: 'code' }],
  ['2026-03-02T08:40:55Z', 'S2', { type: 'flow.step', flowId: 'collect', ...tags, step: 'review' }],
  ['2026-03-02T08:42:55Z', 'S2', { type: 'flow.cancelled', flowId: 'collect', ...tags, step: 'review' }],
  ['2026-03-02T08:42:55Z', 'S2', { type: 'session.ended', reason: 'timedOut', durationMs: 175_000 }],
  // S3, 10:05 local: a practice run of `collect`, then a real one whose action fails at code.
  ['2026-03-02T09:05:00Z', 'S3', { type: 'session.started', language: 'es', seesPilots: false }],
  ['2026-03-02T09:05:05Z', 'S3', { type: 'practice.started', flowId: 'collect' }],
  ['2026-03-02T09:05:05Z', 'S3', { type: 'flow.started', flowId: 'collect', practice: true, pilot: false }],
  ['2026-03-02T09:05:06Z', 'S3', { type: 'flow.step', flowId: 'collect', practice: true, pilot: false, step: 'code' }],
  ['2026-03-02T09:05:30Z', 'S3', { type: 'flow.completed', flowId: 'collect', practice: true, pilot: false, durationMs: 25_000 }],
  ['2026-03-02T09:05:31Z', 'S3', { type: 'practice.finished', flowId: 'collect', completed: true }],
  ['2026-03-02T09:05:40Z', 'S3', { type: 'flow.started', flowId: 'collect', ...tags }],
  ['2026-03-02T09:05:40Z', 'S3', { type: 'flow.step', flowId: 'collect', ...tags, step: 'code' }],
  ['2026-03-02T09:05:50Z', 'S3', { type: 'action.failed', flowId: 'collect', action: 'order.find', code: 'order.notFound' }],
  ['2026-03-02T09:06:00Z', 'S3', { type: 'flow.cancelled', flowId: 'collect', ...tags, step: 'code' }],
  ['2026-03-02T09:06:10Z', 'S3', { type: 'session.ended', reason: 'cancelled', durationMs: 70_000 }],
  // S4, 10:20 local: the pilot `pay`, assisted, left at amount after asking for a person.
  ['2026-03-02T09:20:00Z', 'S4', { type: 'session.started', language: 'es', seesPilots: true }],
  ['2026-03-02T09:20:05Z', 'S4', { type: 'flow.started', flowId: 'pay', practice: false, pilot: true, assisted: true }],
  ['2026-03-02T09:20:05Z', 'S4', { type: 'flow.step', flowId: 'pay', practice: false, pilot: true, assisted: true, step: 'amount' }],
  ['2026-03-02T09:20:30Z', 'S4', { type: 'help.requested', screen: 'flow', reason: 'preferPerson' }],
  ['2026-03-02T09:20:40Z', 'S4', { type: 'flow.cancelled', flowId: 'pay', practice: false, pilot: true, assisted: true, step: 'amount' }],
  ['2026-03-02T09:20:50Z', 'S4', { type: 'session.ended', reason: 'timedOut', durationMs: 50_000 }],
  ['2026-03-02T09:21:00Z', null, { type: 'help.requested', screen: 'home', reason: 'needHelp' }],
  // The queue: three tickets for `desk`; told 5 min (3–8) and waited 5; told 4 (2–6) and waited 10; told "now" and waited 1.
  ...(['09:30', '09:31', '09:32'] as const).map((time): [string, null, UsageEvent] => [`2026-03-02T${time}:00Z`, null, { type: 'ticket.issued', queueService: 'desk', kind: 'service', priority: null }]),
  ['2026-03-02T09:35:00Z', null, { type: 'ticket.called', queueService: 'desk', kind: 'service', priority: null, counter: 'c1', waitedSeconds: 300, predicted: { kind: 'range', lowMinutes: 3, medianMinutes: 5, highMinutes: 8 } }],
  ['2026-03-02T09:41:00Z', null, { type: 'ticket.called', queueService: 'desk', kind: 'service', priority: null, counter: 'c1', waitedSeconds: 600, predicted: { kind: 'range', lowMinutes: 2, medianMinutes: 4, highMinutes: 6 } }],
  ['2026-03-02T09:42:00Z', null, { type: 'ticket.called', queueService: 'desk', kind: 'service', priority: null, counter: 'c2', waitedSeconds: 60, predicted: { kind: 'now' } }],
  ['2026-03-02T09:40:00Z', null, { type: 'ticket.served', queueService: 'desk', kind: 'service', priority: null, counter: 'c1', serviceSeconds: 240 }],
  ['2026-03-02T09:50:00Z', null, { type: 'ticket.served', queueService: 'desk', kind: 'service', priority: null, counter: 'c1', serviceSeconds: 480 }],
  ['2026-03-02T09:52:00Z', null, { type: 'ticket.noShow', queueService: 'desk', kind: 'service', priority: null, counter: 'c2', waitedSeconds: 900 }],
  ['2026-03-02T10:00:00Z', null, { type: 'complaint.filed', category: 'waitTime', contactWanted: true }],
  ['2026-03-02T10:05:00Z', null, { type: 'printer.failed', code: 'paperOut' }],
  ['2026-03-02T10:06:00Z', null, { type: 'kiosk.closedByStaff', closed: true }],
  // S5, the next day at 20:00 local, French: completes the pilot in 120 s and rates it 2.
  ['2026-03-03T19:00:00Z', 'S5', { type: 'session.started', language: 'fr', seesPilots: true }],
  ['2026-03-03T19:00:05Z', 'S5', { type: 'flow.started', flowId: 'pay', practice: false, pilot: true }],
  ['2026-03-03T19:00:05Z', 'S5', { type: 'flow.step', flowId: 'pay', practice: false, pilot: true, step: 'amount' }],
  ['2026-03-03T19:02:05Z', 'S5', { type: 'flow.completed', flowId: 'pay', practice: false, pilot: true, durationMs: 120_000 }],
  ['2026-03-03T19:02:10Z', 'S5', { type: 'feedback.rated', flowId: 'pay', rating: 2, pilot: true }],
  ['2026-03-03T19:02:20Z', 'S5', { type: 'session.ended', reason: 'completed', durationMs: 140_000 }],
];

const complaints: ComplaintFigure[] = [
  { category: 'waitTime', filedAt: '2026-03-02T10:00:00Z', contactLeft: true, contactedAt: '2026-03-02T13:00:00Z', resolvedAt: '2026-03-03T09:00:00Z', outcome: 'recovered' },
  { category: 'waitTime', filedAt: '2026-03-02T11:00:00Z', contactLeft: true, contactedAt: '2026-03-03T11:00:00Z', resolvedAt: null, outcome: null },
  { category: 'service', filedAt: '2026-03-03T11:00:00Z', contactLeft: false, contactedAt: null, resolvedAt: null, outcome: null },
];

function inputFor(range: ReportRange): ReportInput {
  const fold = createUsageFold(timeZone);
  log.forEach(([at, sessionId, event], index) => fold.add({ seq: index + 1, at, sessionId, event }));
  const days = [...fold.days()].sort((a, b) => a[0].localeCompare(b[0])).map(([date, summary]) => ({ date, summary }));
  const periods = new Map<string, typeof days>();
  for (const day of days) periods.set(periodOf(day.date, range.grain), [...(periods.get(periodOf(day.date, range.grain)) ?? []), day]);
  return {
    range,
    total: sumOf(days.map((day) => day.summary)),
    periods: [...periods].map(([period, list]) => ({ period, summary: sumOf(list.map((day) => day.summary)) })),
    days,
    order: { flows: ['pay', 'collect'], steps: { collect: ['code', 'review'], pay: ['amount'] }, services: ['desk'] },
    complaints,
  };
}

const input = inputFor({ from: '2026-03-02', to: '2026-03-03', grain: 'day' });

function table(reportId: keyof typeof reportModules, tableId: string): ReportTable {
  const found = reportModules[reportId](input).tables.find((candidate) => candidate.id === tableId);
  if (!found) throw new Error(`no table ${tableId}`);
  return found;
}

/** The table's rows as objects keyed by column id, for readable expectations. */
function rowsOf(reportId: keyof typeof reportModules, tableId: string): Record<string, unknown>[] {
  const { columns, rows } = table(reportId, tableId);
  return rows.map((row) => Object.fromEntries(columns.map((column, index) => [column.id, row[index]])));
}

describe('the usage reports on a hand-built log', () => {
  it('sessions: five started, two completed, one cancelled, two timed out; a day each in the trend', () => {
    expect(rowsOf('sessions', 'sessionTotals')).toEqual([
      // Session seconds 50, 70, 90, 140, 175: the median by rank is 90.
      { sessions: 5, completed: 2, completedShare: 2 / 5, cancelled: 1, timedOut: 2, medianSessionSeconds: 90 },
    ]);
    expect(rowsOf('sessions', 'sessionTrend')).toEqual([
      { period: '2026-03-02', sessions: 4, completed: 1, completedShare: 1 / 4 },
      { period: '2026-03-03', sessions: 1, completed: 1, completedShare: 1 },
    ]);
  });

  it('completion: practice runs left out; the store order first', () => {
    expect(rowsOf('completion', 'completionByFlow')).toEqual([
      { flow: 'pay', started: 2, completed: 1, completedShare: 0.5 },
      { flow: 'collect', started: 3, completed: 1, completedShare: 1 / 3 },
    ]);
    expect(rowsOf('completion', 'completionTrend')).toContainEqual({ period: '2026-03-03', flow: 'collect', started: 0, completed: 0, completedShare: null });
  });

  it('funnel: each step once per run, and where runs were left and why', () => {
    expect(rowsOf('funnel', 'funnelSteps')).toEqual([
      { flow: 'pay', step: 'amount', reached: 2, abandonedCancel: 0, abandonedTimeout: 0, abandonedPreferPerson: 1, abandonedError: 0 },
      // S2 reached review twice (after a back) and timed out there; S3 failed at code.
      { flow: 'collect', step: 'code', reached: 3, abandonedCancel: 0, abandonedTimeout: 0, abandonedPreferPerson: 0, abandonedError: 1 },
      { flow: 'collect', step: 'review', reached: 2, abandonedCancel: 0, abandonedTimeout: 1, abandonedPreferPerson: 0, abandonedError: 0 },
    ]);
  });

  it('task time: median and 90th percentile of real completions', () => {
    expect(rowsOf('taskTime', 'taskTimeByFlow')).toEqual([
      { flow: 'pay', completed: 1, medianSeconds: 120, p90Seconds: 120 },
      { flow: 'collect', completed: 1, medianSeconds: 60, p90Seconds: 60 },
    ]);
  });

  it('assisted: one run of five ran in assisted mode', () => {
    expect(rowsOf('assisted', 'assistedByFlow')).toEqual([
      { flow: 'pay', started: 2, assisted: 1, assistedShare: 0.5 },
      { flow: 'collect', started: 3, assisted: 0, assistedShare: 0 },
    ]);
    expect(rowsOf('assisted', 'assistedTrend')).toEqual([
      { period: '2026-03-02', started: 4, assisted: 1, assistedShare: 0.25 },
      { period: '2026-03-03', started: 1, assisted: 0, assistedShare: 0 },
    ]);
  });

  it('learning: tutorial and practice uptake, and completion after each against neither', () => {
    expect(rowsOf('learning', 'tutorialsByFlow')).toContainEqual({
      flow: 'collect',
      tutorialsOffered: 1,
      tutorialsStarted: 1,
      tutorialsFinished: 1,
      tutorialsSkipped: 0,
      practiceRuns: 1,
      practiceCompleted: 1,
    });
    expect(rowsOf('learning', 'learningEffect').filter((row) => row.flow === 'collect')).toEqual([
      { flow: 'collect', kind: 'tutorial', started: 1, completed: 0, completedShare: 0 },
      { flow: 'collect', kind: 'practice', started: 1, completed: 0, completedShare: 0 },
      { flow: 'collect', kind: 'none', started: 1, completed: 1, completedShare: 1 },
    ]);
  });

  it('pilots against established flows, by the tag each run had', () => {
    expect(rowsOf('pilots', 'pilotTotals')).toEqual([
      { kind: 'pilot', started: 2, completed: 1, completedShare: 0.5, medianSeconds: 120, ratings: 1, meanRating: 2 },
      { kind: 'established', started: 3, completed: 1, completedShare: 1 / 3, medianSeconds: 60, ratings: 1, meanRating: 5 },
    ]);
    expect(rowsOf('pilots', 'pilotFlows').map((row) => [row.flow, row.kind])).toEqual([
      ['pay', 'pilot'],
      ['collect', 'established'],
    ]);
  });

  it('languages, most used first', () => {
    expect(rowsOf('languages', 'languages')).toEqual([
      { language: 'es', sessions: 3, sessionsShare: 0.6 },
      { language: 'en', sessions: 1, sessionsShare: 0.2 },
      { language: 'fr', sessions: 1, sessionsShare: 0.2 },
    ]);
  });

  it('heatmap: every hour of the week, on the store clock', () => {
    const rows = rowsOf('heatmap', 'sessionHeatmap');
    expect(rows).toHaveLength(168);
    const at = (weekday: number, hour: number) => rows.find((row) => row.weekday === weekday && row.hour === hour)?.sessions;
    // 2026-03-02 is a Monday: 09:10 and 09:40, 10:05 and 10:20; Tuesday 20:00.
    expect([at(1, 9), at(1, 10), at(2, 20), at(1, 8)]).toEqual([2, 2, 1, 0]);
    expect(rows.reduce((sum, row) => sum + Number(row.sessions), 0)).toBe(5);
  });

  it('help requests per screen, with what was asked', () => {
    expect(rowsOf('help', 'helpByScreen')).toEqual([
      { screen: 'home', requests: 1, preferPerson: 0, needHelp: 1 },
      { screen: 'flow', requests: 1, preferPerson: 1, needHelp: 0 },
    ]);
  });

  it('queue: tickets, waits and service times per service', () => {
    expect(rowsOf('queue', 'queueByService')).toEqual([
      {
        service: 'desk',
        issued: 3,
        called: 3,
        served: 2,
        noShows: 1,
        noShowShare: 1 / 3,
        // Waits 60, 300, 600 s; services 240, 480 s.
        medianWaitMinutes: 5,
        p90WaitMinutes: 10,
        medianServiceMinutes: 4,
        p90ServiceMinutes: 8,
      },
    ]);
  });

  it('estimates: error, bias and coverage as queue:replay scores them', () => {
    // Told 300, 240, 0 against 300, 600, 60: errors 0, 360, 60 (mean 140 s = 2.3 min), bias −140 s.
    expect(rowsOf('estimates', 'estimateAccuracy')).toEqual([
      { service: 'desk', scored: 3, meanErrorMinutes: 2.3, biasMinutes: -2.3, ranges: 2, coverage: 0.5, pastUpper: 0.5, unsure: 0 },
    ]);
  });

  it('satisfaction: per flow, per dimension, and the trend', () => {
    expect(rowsOf('satisfaction', 'ratingsByFlow')).toEqual([
      { flow: 'pay', ratings: 1, meanRating: 2, lowShare: 1 },
      { flow: 'collect', ratings: 1, meanRating: 5, lowShare: 0 },
    ]);
    expect(rowsOf('satisfaction', 'ratingsByDimension')).toEqual([{ flow: 'collect', dimension: 'reliability', ratings: 1, meanRating: 4 }]);
    expect(rowsOf('satisfaction', 'satisfactionTrend')).toEqual([
      { period: '2026-03-02', ratings: 1, meanRating: 5 },
      { period: '2026-03-03', ratings: 1, meanRating: 2 },
    ]);
  });

  it('complaints: filed per category from the log, followed up from the desk', () => {
    expect(rowsOf('complaints', 'complaintsByCategory')).toEqual([
      { category: 'service', filed: 0, withContact: 0, contacted: 0, resolved: 0, medianHoursToContact: null, p90HoursToContact: null },
      // First contact after 3 h and after 24 h.
      { category: 'waitTime', filed: 1, withContact: 1, contacted: 2, resolved: 1, medianHoursToContact: 3, p90HoursToContact: 24 },
    ]);
    expect(rowsOf('complaints', 'complaintOutcomes')).toContainEqual({ outcome: 'recovered', complaints: 1 });
  });

  it('incidents and uptime from the heartbeat', () => {
    // Six beats of 10 minutes: one hour running, of it 50 minutes in service.
    expect(rowsOf('incidents', 'uptime')).toEqual([{ runningHours: 1, inServiceHours: 0.8, outOfServiceHours: 0.2, inServiceShare: 5 / 6, starts: 1 }]);
    expect(rowsOf('incidents', 'incidentCauses')).toEqual([
      { incident: 'printerFailed', code: 'paperOut', count: 1 },
      { incident: 'closedByStaff', code: 'staff', count: 1 },
    ]);
  });

  it('trends group by ISO week and by month', () => {
    expect(periodOf('2026-03-02', 'week')).toBe('2026-W10');
    expect(periodOf('2027-01-01', 'week')).toBe('2026-W53');
    expect(periodOf('2026-03-02', 'month')).toBe('2026-03');
    const weekly = inputFor({ from: '2026-03-02', to: '2026-03-03', grain: 'week' });
    expect(reportModules.sessions(weekly).tables[1]?.rows).toEqual([['2026-W10', 5, 2, 2 / 5]]);
  });
});
