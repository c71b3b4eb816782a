// Every report's tables and every table's columns, in order: the one list the host's report modules
// build from, the back office draws from and the locale files name (`reports.tables.<table>`,
// `reports.columns.<column>`). A column id means the same thing, in the same unit, in every table.
import { accessibilityModes } from '../accessibility/modes.ts';
import type { ColumnUnit, ReportCell, ReportId, ReportTable } from './report-views.ts';

type Columns = readonly (readonly [id: string, unit: ColumnUnit])[];

export const reportCatalogue = {
  sessions: {
    sessionTotals: [
      ['sessions', 'count'],
      ['completed', 'count'],
      ['completedShare', 'share'],
      ['cancelled', 'count'],
      ['timedOut', 'count'],
      ['medianSessionSeconds', 'seconds'],
    ],
    sessionTrend: [
      ['period', 'period'],
      ['sessions', 'count'],
      ['completed', 'count'],
      ['completedShare', 'share'],
    ],
  },
  completion: {
    completionByFlow: [
      ['flow', 'flow'],
      ['started', 'count'],
      ['completed', 'count'],
      ['completedShare', 'share'],
    ],
    completionTrend: [
      ['period', 'period'],
      ['flow', 'flow'],
      ['started', 'count'],
      ['completed', 'count'],
      ['completedShare', 'share'],
    ],
  },
  funnel: {
    // One row per step a customer reached, in the flow's order; where the others left, and why.
    funnelSteps: [
      ['flow', 'flow'],
      ['step', 'step'],
      ['reached', 'count'],
      ['abandonedCancel', 'count'],
      ['abandonedTimeout', 'count'],
      ['abandonedPreferPerson', 'count'],
      ['abandonedError', 'count'],
    ],
  },
  taskTime: {
    taskTimeByFlow: [
      ['flow', 'flow'],
      ['completed', 'count'],
      ['medianSeconds', 'seconds'],
      ['p90Seconds', 'seconds'],
    ],
    taskTimeTrend: [
      ['period', 'period'],
      ['flow', 'flow'],
      ['completed', 'count'],
      ['medianSeconds', 'seconds'],
    ],
  },
  assisted: {
    assistedByFlow: [
      ['flow', 'flow'],
      ['started', 'count'],
      ['assisted', 'count'],
      ['assistedShare', 'share'],
    ],
    assistedTrend: [
      ['period', 'period'],
      ['started', 'count'],
      ['assisted', 'count'],
      ['assistedShare', 'share'],
    ],
  },
  learning: {
    tutorialsByFlow: [
      ['flow', 'flow'],
      ['tutorialsOffered', 'count'],
      ['tutorialsStarted', 'count'],
      ['tutorialsFinished', 'count'],
      ['tutorialsSkipped', 'count'],
      ['practiceRuns', 'count'],
      ['practiceCompleted', 'count'],
    ],
    // `kind`: `tutorial` (runs after a tutorial of the flow in the same session), `practice` (after a
    // practice run of it), `none` (after neither); a run after both counts in both.
    learningEffect: [
      ['flow', 'flow'],
      ['kind', 'kind'],
      ['started', 'count'],
      ['completed', 'count'],
      ['completedShare', 'share'],
    ],
  },
  pilots: {
    // `kind`: `pilot` or `established`, as each run was tagged when it ran.
    pilotTotals: [
      ['kind', 'kind'],
      ['started', 'count'],
      ['completed', 'count'],
      ['completedShare', 'share'],
      ['medianSeconds', 'seconds'],
      ['ratings', 'count'],
      ['meanRating', 'rating'],
    ],
    pilotFlows: [
      ['flow', 'flow'],
      ['kind', 'kind'],
      ['started', 'count'],
      ['completed', 'count'],
      ['completedShare', 'share'],
      ['medianSeconds', 'seconds'],
      ['ratings', 'count'],
      ['meanRating', 'rating'],
    ],
  },
  languages: {
    languages: [
      ['language', 'language'],
      ['sessions', 'count'],
      ['sessionsShare', 'share'],
    ],
  },
  accessibility: {
    // Sessions that turned each mode on at least once (turning it off again still counts), and how
    // they first turned it on; `completedShare` is of those sessions that ended, against
    // `allCompletedShare`, the same of every session that ended.
    accessibilityUptake: [
      ['mode', 'mode'],
      ['sessions', 'count'],
      ['sessionsShare', 'share'],
      ['completedShare', 'share'],
      ['allCompletedShare', 'share'],
      ['viaMenu', 'count'],
      ['viaKeypad', 'count'],
      ['viaGesture', 'count'],
      ['viaHeadset', 'count'],
    ],
    accessibilityTrend: [
      ['period', 'period'],
      ['mode', 'mode'],
      ['sessions', 'count'],
      ['sessionsShare', 'share'],
    ],
  },
  heatmap: {
    // All 168 hours of the week, each with the sessions that started in it over the range.
    sessionHeatmap: [
      ['weekday', 'weekday'],
      ['hour', 'hour'],
      ['sessions', 'count'],
    ],
  },
  help: {
    helpByScreen: [
      ['screen', 'screen'],
      ['requests', 'count'],
      ['preferPerson', 'count'],
      ['needHelp', 'count'],
    ],
  },
  queue: {
    queueByService: [
      ['service', 'service'],
      ['issued', 'count'],
      ['called', 'count'],
      ['served', 'count'],
      ['noShows', 'count'],
      ['noShowShare', 'share'],
      ['medianWaitMinutes', 'minutes'],
      ['p90WaitMinutes', 'minutes'],
      ['medianServiceMinutes', 'minutes'],
      ['p90ServiceMinutes', 'minutes'],
    ],
    queueTrend: [
      ['period', 'period'],
      ['issued', 'count'],
      ['called', 'count'],
      ['medianWaitMinutes', 'minutes'],
      ['p90WaitMinutes', 'minutes'],
    ],
  },
  estimates: {
    // The wait each customer was told at issue against the wait they had (the figures of `npm run queue:replay`).
    // `scored`: called tickets told a wait (`now` counts as 0 minutes, "not sure yet" is left out);
    // `ranges`: those told a range, the base of `coverage` and `pastUpper`.
    estimateAccuracy: [
      ['service', 'service'],
      ['scored', 'count'],
      ['meanErrorMinutes', 'minutes'],
      ['biasMinutes', 'minutes'],
      ['ranges', 'count'],
      ['coverage', 'share'],
      ['pastUpper', 'share'],
      ['unsure', 'count'],
    ],
    estimateTrend: [
      ['period', 'period'],
      ['scored', 'count'],
      ['meanErrorMinutes', 'minutes'],
      ['biasMinutes', 'minutes'],
      ['ranges', 'count'],
      ['coverage', 'share'],
    ],
  },
  satisfaction: {
    ratingsByFlow: [
      ['flow', 'flow'],
      ['ratings', 'count'],
      ['meanRating', 'rating'],
      ['lowShare', 'share'],
    ],
    ratingsByDimension: [
      ['flow', 'flow'],
      ['dimension', 'dimension'],
      ['ratings', 'count'],
      ['meanRating', 'rating'],
    ],
    satisfactionTrend: [
      ['period', 'period'],
      ['ratings', 'count'],
      ['meanRating', 'rating'],
    ],
  },
  complaints: {
    complaintsByCategory: [
      ['category', 'category'],
      ['filed', 'count'],
      ['withContact', 'count'],
      ['contacted', 'count'],
      ['resolved', 'count'],
      ['medianHoursToContact', 'hours'],
      ['p90HoursToContact', 'hours'],
    ],
    complaintOutcomes: [
      ['outcome', 'outcome'],
      ['complaints', 'count'],
    ],
  },
  incidents: {
    uptime: [
      ['runningHours', 'hours'],
      ['inServiceHours', 'hours'],
      ['outOfServiceHours', 'hours'],
      ['inServiceShare', 'share'],
      ['starts', 'count'],
    ],
    // `incident`: printerFailed, rendererRecovered, storageRecovered, closedByStaff, configRejected;
    // `code`: the printer's fault code, the renderer's cause, the storage damage or the config problem.
    incidentCauses: [
      ['incident', 'incident'],
      ['code', 'code'],
      ['count', 'count'],
    ],
    incidentTrend: [
      ['period', 'period'],
      ['printerFailed', 'count'],
      ['rendererRecovered', 'count'],
      ['closedByStaff', 'count'],
      ['inServiceShare', 'share'],
    ],
  },
} as const satisfies Record<ReportId, Record<string, Columns>>;

export type ReportCatalogue = typeof reportCatalogue;
export type TableId<R extends ReportId> = keyof ReportCatalogue[R] & string;

/** A table of a report, its columns from the catalogue; each row must have one cell per column. */
export function reportTable<R extends ReportId>(report: R, table: TableId<R>, rows: ReportCell[][]): ReportTable {
  const columns = (reportCatalogue[report] as Record<string, Columns>)[table] ?? [];
  for (const row of rows) {
    if (row.length !== columns.length) throw new Error(`${report}.${table}: a row of ${row.length} cells for ${columns.length} columns`);
  }
  return { id: table, columns: columns.map(([id, unit]) => ({ id, unit })), rows };
}

/** Every table id and every column id the catalogue uses, for the locale files' checks. */
export function catalogueNames(): { tables: string[]; columns: string[] } {
  const tables = Object.values(reportCatalogue).flatMap((report) => Object.keys(report));
  const columns = new Set(Object.values(reportCatalogue).flatMap((report) => Object.values(report).flatMap((list: Columns) => list.map(([id]) => id))));
  return { tables, columns: [...columns] };
}

/** The ids each product-named unit takes, for the locale files (`reports.values.<unit>.<id>`). */
export const reportValueIds = {
  kind: ['tutorial', 'practice', 'none', 'pilot', 'established'],
  reason: ['cancel', 'timeout', 'preferPerson', 'error'],
  incident: ['printerFailed', 'rendererRecovered', 'storageRecovered', 'closedByStaff', 'configRejected'],
  outcome: ['recovered', 'compensated', 'explained', 'unreachable', 'unfounded'],
  dimension: ['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles'],
  trigger: ['firstUse', 'hesitation', 'backs', 'asked'],
  cause: ['crashed', 'unresponsive', 'failedToLoad'],
  mode: accessibilityModes,
} as const;
