// Which chart draws each report table, so a manager reads it at a glance: key-figure tiles for
// totals, bars to compare flows, services and categories, lines for trends, a stacked bar for the
// funnel, a weekday-by-hour grid for the heatmap. A table not named here shows as a table alone.

export type ChartPlan =
  /** Each figure a tile; `of` pairs a share with the counts it is a share of. */
  | { kind: 'tiles'; of?: Record<string, readonly [part: string, whole: string]> }
  /**
   * A bar per row, named by its `label` columns; a bar per `values` column (all in one unit), or
   * with `series` a bar per id of that column; `count` is shown with each bar; `stacked` piles them.
   */
  | { kind: 'bars'; label: readonly string[]; values: readonly string[]; series?: string; count?: string; stacked?: boolean }
  /** A line per `values` column over the periods, or with `series` a line per id of that column. */
  | { kind: 'lines'; values: readonly string[]; series?: string }
  | { kind: 'funnel' }
  | { kind: 'heatmap' };

export const chartPlans: Record<string, ChartPlan> = {
  sessionTotals: { kind: 'tiles', of: { completedShare: ['completed', 'sessions'] } },
  sessionTrend: { kind: 'lines', values: ['sessions', 'completed'] },
  completionByFlow: { kind: 'bars', label: ['flow'], values: ['completedShare'], count: 'started' },
  completionTrend: { kind: 'lines', values: ['completedShare'], series: 'flow' },
  funnelSteps: { kind: 'funnel' },
  taskTimeByFlow: { kind: 'bars', label: ['flow'], values: ['medianSeconds', 'p90Seconds'], count: 'completed' },
  taskTimeTrend: { kind: 'lines', values: ['medianSeconds'], series: 'flow' },
  assistedByFlow: { kind: 'bars', label: ['flow'], values: ['assistedShare'], count: 'started' },
  assistedTrend: { kind: 'lines', values: ['assistedShare'] },
  tutorialsByFlow: { kind: 'bars', label: ['flow'], values: ['tutorialsOffered', 'tutorialsStarted', 'tutorialsFinished', 'practiceRuns'] },
  learningEffect: { kind: 'bars', label: ['flow'], values: ['completedShare'], series: 'kind' },
  pilotTotals: { kind: 'bars', label: ['kind'], values: ['completedShare'], count: 'started' },
  pilotFlows: { kind: 'bars', label: ['flow'], values: ['completedShare'], count: 'started' },
  languages: { kind: 'bars', label: ['language'], values: ['sessions'] },
  accessibilityUptake: { kind: 'bars', label: ['mode'], values: ['sessions'] },
  accessibilityTrend: { kind: 'lines', values: ['sessions'], series: 'mode' },
  sessionHeatmap: { kind: 'heatmap' },
  helpByScreen: { kind: 'bars', label: ['screen'], values: ['preferPerson', 'needHelp'], stacked: true },
  queueByService: { kind: 'bars', label: ['service'], values: ['medianWaitMinutes', 'p90WaitMinutes'], count: 'called' },
  queueTrend: { kind: 'lines', values: ['medianWaitMinutes', 'p90WaitMinutes'] },
  estimateAccuracy: { kind: 'bars', label: ['service'], values: ['coverage'], count: 'ranges' },
  estimateTrend: { kind: 'lines', values: ['coverage'] },
  ratingsByFlow: { kind: 'bars', label: ['flow'], values: ['meanRating'], count: 'ratings' },
  ratingsByDimension: { kind: 'bars', label: ['dimension'], values: ['meanRating'], series: 'flow' },
  satisfactionTrend: { kind: 'lines', values: ['meanRating'] },
  complaintsByCategory: { kind: 'bars', label: ['category'], values: ['filed', 'contacted', 'resolved'] },
  complaintOutcomes: { kind: 'bars', label: ['outcome'], values: ['complaints'] },
  uptime: { kind: 'tiles', of: { inServiceShare: ['inServiceHours', 'runningHours'] } },
  incidentCauses: { kind: 'bars', label: ['incident', 'code'], values: ['count'] },
  incidentTrend: { kind: 'lines', values: ['printerFailed', 'rendererRecovered', 'closedByStaff'] },
};
