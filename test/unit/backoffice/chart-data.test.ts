// What the back office's charts draw from a report table, and the sentence a screen reader says in
// their place: a hand-made table with known answers, and a month of sample figures.
import { describe, expect, it } from 'vitest';
import { reportTable } from '../../../shared/reports/report-catalogue.ts';
import { createReportLabeler } from '../../../shared/reports/report-labels.ts';
import type { ReportSet } from '../../../shared/reports/report-views.ts';
import { chartPoints, funnelFlows, funnelPoints, heatmapWeek } from '../../../renderer/kit/reports/chart-points.ts';
import { barsSummary, heatmapSummary, linesSummary } from '../../../renderer/kit/reports/chart-summary.ts';
import { glanceFigures } from '../../../renderer/kit/reports/key-figures.ts';
import { createKioskI18n } from '../../../renderer/kit/i18n/create-i18n.ts';
import { sampleReportSet } from '../../fixtures/sample-report-set.ts';

const english = createKioskI18n('en');
const t = (key: string, options?: Record<string, unknown>) => english.t(key, options ?? {});
const set = sampleReportSet();
const labeler = createReportLabeler(set, t, 'en');

function withTables(...tables: ReturnType<typeof reportTable>[]): ReportSet {
  return { ...set, reports: [{ id: 'sessions', tables }] };
}

describe('the report charts', () => {
  it('make a bar per row with its count, and name the highest and lowest', () => {
    const table = reportTable('completion', 'completionByFlow', [
      ['order-pickup', 200, 150, 0.75],
      ['bill-payment', 40, 36, 0.9],
      ['mobile-topup', 10, null, null],
    ]);
    const chart = chartPoints(table, { label: ['flow'], values: ['completedShare'], count: 'started' }, labeler);
    expect(chart.series).toEqual([{ key: 's0', name: 'Completion rate' }]);
    expect(chart.points).toEqual([
      { label: 'Collect an order', figures: { s0: 0.75 }, count: 200 },
      { label: 'Pay a bill', figures: { s0: 0.9 }, count: 40 },
      { label: 'Top up a mobile', figures: { s0: null }, count: 10 },
    ]);
    expect(barsSummary('Completion by flow', chart, labeler, t)).toBe(
      'Completion by flow, Completion rate: highest Pay a bill, 90%; lowest Collect an order, 75%.',
    );
  });

  it('make a series of each id of a series column, and a point per period', () => {
    const table = reportTable('completion', 'completionTrend', [
      ['2026-03-02', 'order-pickup', 10, 8, 0.8],
      ['2026-03-02', 'bill-payment', 4, 2, 0.5],
      ['2026-03-03', 'order-pickup', 5, 5, 1],
    ]);
    const chart = chartPoints(table, { label: ['period'], values: ['completedShare'], series: 'flow' }, labeler);
    expect(chart.series.map((series) => series.name)).toEqual(['Collect an order', 'Pay a bill']);
    expect(chart.points).toEqual([
      { label: 'Mar 2, 2026', figures: { s0: 0.8, s1: 0.5 }, count: null },
      { label: 'Mar 3, 2026', figures: { s0: 1, s1: null }, count: null },
    ]);
    expect(linesSummary('Completion over time', chart, labeler, t)).toBe(
      'Completion over time, Collect an order: 80% in Mar 2, 2026, 100% in Mar 3, 2026; highest 100% in Mar 3, 2026.',
    );
  });

  it('split each step of a funnel into those who went on and those who left, by why', () => {
    const table = reportTable('funnel', 'funnelSteps', [
      ['order-pickup', 'order-pickup.code', 100, 5, 3, 2, 0],
      ['order-pickup', 'order-pickup.review', 90, 1, 0, 0, 1],
      ['bill-payment', 'bill-payment.bill', 20, 0, 0, 0, 0],
    ]);
    expect(funnelFlows(table)).toEqual(['order-pickup', 'bill-payment']);
    const chart = funnelPoints(table, 'order-pickup', labeler, 'Went on');
    expect(chart.series.map((series) => series.name)).toEqual(['Went on', 'Left: cancelled', 'Left: timed out', 'Left: preferred a person', 'Left: error']);
    expect(chart.points.map((point) => [point.count, Object.values(point.figures)])).toEqual([
      [100, [90, 5, 3, 2, 0]],
      [90, [88, 1, 0, 0, 1]],
    ]);
  });

  it('shade the week by fifths of its busiest hour, and name that hour', () => {
    const table = reportTable('heatmap', 'sessionHeatmap', [
      [6, 12, 50],
      [1, 9, 10],
      [1, 10, 0],
    ]);
    const week = heatmapWeek(table);
    expect(week).toHaveLength(7);
    expect(week.every((day) => day.length === 24)).toBe(true);
    expect(week[5]?.[12]).toEqual({ weekday: 6, hour: 12, sessions: 50, level: 5 });
    expect(week[0]?.[9]?.level).toBe(1);
    expect(week[0]?.[10]?.level).toBe(0);
    expect(heatmapSummary('Busy hours', week, labeler, t)).toBe('Busy hours: the busiest hour is Saturday at 12:00, with 50 sessions.');
  });

  it('put the store’s coverage as the services’ weighted by their ranges, and the busiest service’s wait', () => {
    const figures = glanceFigures(
      withTables(
        reportTable('sessions', 'sessionTotals', [[40, 30, 0.75, 6, 4, 90]]),
        reportTable('queue', 'queueByService', [
          ['customer-service', 100, 90, 85, 5, 0.0556, 6.5, 14, 4, 9],
          ['product-advice', 30, 28, 27, 1, 0.0357, 3, 7, 9, 15],
        ]),
        reportTable('estimates', 'estimateAccuracy', [
          ['customer-service', 90, 2, 0.5, 80, 0.9, 0.05, 2],
          ['product-advice', 28, 3, -1, 20, 0.6, 0.2, 1],
        ]),
        reportTable('incidents', 'uptime', [[100, 95, 5, 0.95, 3]]),
      ),
      labeler,
      t,
    );
    expect(Object.fromEntries(figures.map((figure) => [figure.id, [figure.value, figure.detail]]))).toEqual({
      sessions: ['40', null],
      completedShare: ['75%', '30 of 40'],
      medianWaitMinutes: ['6.5 minutes', 'Customer service, the busiest service: 90 called'],
      coverage: ['84%', 'of 100 waits told as a range'],
      inServiceShare: ['95%', '95.0 hours of 100.0 hours'],
    });
  });
});
