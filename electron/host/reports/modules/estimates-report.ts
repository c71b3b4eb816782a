// How honest the waits were: what each customer was told at issue against what they waited, as
// `npm run queue:replay` scores it (mean error, bias, the share of waits inside the range told).
import type { Report } from '../../../../shared/reports/report-views.ts';
import type { ReportCell } from '../../../../shared/reports/report-views.ts';
import { reportTable } from '../../../../shared/reports/report-catalogue.ts';
import { emptyService, type EstimateCounts } from '../day-summary.ts';
import { ordered, shareOf, type ReportInput } from '../report-input.ts';
import { allServices } from './queue-report.ts';

export function estimatesReport(input: ReportInput): Report {
  const services = ordered(input.order.services, Object.keys(input.total.queue));
  return {
    id: 'estimates',
    tables: [
      reportTable(
        'estimates',
        'estimateAccuracy',
        services.map((serviceId) => {
          const estimate = (input.total.queue[serviceId] ?? emptyService()).estimate;
          return [serviceId, ...errors(estimate), estimate.ranges, shareOf(estimate.inRange, estimate.ranges), shareOf(estimate.pastUpper, estimate.ranges), estimate.unsure];
        }),
      ),
      reportTable(
        'estimates',
        'estimateTrend',
        input.periods.map(({ period, summary }) => {
          const estimate = allServices(summary).estimate;
          return [period, ...errors(estimate), estimate.ranges, shareOf(estimate.inRange, estimate.ranges)];
        }),
      ),
    ],
  };
}

/** Scored tickets, mean absolute error and bias, in minutes to a tenth. */
function errors(estimate: EstimateCounts): ReportCell[] {
  const minutes = (seconds: number) => (estimate.scored > 0 ? Math.round(seconds / estimate.scored / 6) / 10 : null);
  return [estimate.scored, minutes(estimate.absErrorSeconds), minutes(estimate.signedErrorSeconds)];
}
