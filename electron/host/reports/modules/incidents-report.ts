// Reliability: how long the kiosk ran and served (from its heartbeat), how often it started, and
// what went wrong: printer failures, renderer recoveries, a damaged database, staff closures,
// a refused config.
import type { Report } from '../../../../shared/reports/report-views.ts';
import { reportTable } from '../../../../shared/reports/report-catalogue.ts';
import { reportValueIds } from '../../../../shared/reports/report-catalogue.ts';
import type { DaySummary } from '../day-summary.ts';
import { shareOf, type ReportInput } from '../report-input.ts';
import { minutesPerHeartbeat } from '../usage-fold.ts';

export function incidentsReport({ total, periods }: ReportInput): Report {
  const hours = (beats: number) => Math.round((beats * minutesPerHeartbeat) / 6) / 10;
  const { aliveInService, aliveOutOfService, starts } = total.kiosk;
  return {
    id: 'incidents',
    tables: [
      reportTable('incidents', 'uptime', [
        [hours(aliveInService + aliveOutOfService), hours(aliveInService), hours(aliveOutOfService), shareOf(aliveInService, aliveInService + aliveOutOfService), starts],
      ]),
      reportTable(
        'incidents',
        'incidentCauses',
        reportValueIds.incident.flatMap((incident) =>
          Object.entries(total.incidents[incident] ?? {})
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .map(([code, count]) => [incident, code, count]),
        ),
      ),
      reportTable(
        'incidents',
        'incidentTrend',
        periods.map(({ period, summary }) => [
          period,
          countOf(summary, 'printerFailed'),
          countOf(summary, 'rendererRecovered'),
          countOf(summary, 'closedByStaff'),
          shareOf(summary.kiosk.aliveInService, summary.kiosk.aliveInService + summary.kiosk.aliveOutOfService),
        ]),
      ),
    ],
  };
}

function countOf(summary: DaySummary, incident: string): number {
  return Object.values(summary.incidents[incident] ?? {}).reduce((sum, count) => sum + count, 0);
}
