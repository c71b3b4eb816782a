// Task time: how long customers took to complete each flow (median and 90th percentile).
import type { Report } from '../../../../shared/reports/report-views.ts';
import { reportTable } from '../../../../shared/reports/report-catalogue.ts';
import { countOf, quantile } from '../histogram.ts';
import { flowsOf, type ReportInput } from '../report-input.ts';

export function taskTimeReport(input: ReportInput): Report {
  const flows = flowsOf(input);
  return {
    id: 'taskTime',
    tables: [
      reportTable(
        'taskTime',
        'taskTimeByFlow',
        flows.map((flowId) => {
          const seconds = input.total.flows[flowId]?.seconds ?? {};
          return [flowId, countOf(seconds), quantile(seconds, 0.5), quantile(seconds, 0.9)];
        }),
      ),
      reportTable(
        'taskTime',
        'taskTimeTrend',
        input.periods.flatMap(({ period, summary }) =>
          flows.map((flowId) => {
            const seconds = summary.flows[flowId]?.seconds ?? {};
            return [period, flowId, countOf(seconds), quantile(seconds, 0.5)];
          }),
        ),
      ),
    ],
  };
}
