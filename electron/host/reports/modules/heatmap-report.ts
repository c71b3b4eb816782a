// When customers come: sessions started in each hour of each weekday, on the store's clock.
import type { Report } from '../../../../shared/reports/report-views.ts';
import { reportTable } from '../../../../shared/reports/report-catalogue.ts';
import type { ReportInput } from '../report-input.ts';

export function heatmapReport({ days }: ReportInput): Report {
  const cells = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  for (const { date, summary } of days) {
    // getUTCDay: 0 is Sunday; the reports' weekday 1 is Monday, 7 Sunday.
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay() || 7;
    const row = cells[weekday - 1];
    if (!row) continue;
    for (const [hour, count] of Object.entries(summary.sessions.byHour)) row[Number(hour)] = (row[Number(hour)] ?? 0) + count;
  }
  return {
    id: 'heatmap',
    tables: [reportTable('heatmap', 'sessionHeatmap', cells.flatMap((hours, index) => hours.map((sessions, hour) => [index + 1, hour, sessions])))],
  };
}
