// Completion: of the real runs of each flow (practice left out), how many customers finished it.
import type { Report } from '../../../../shared/reports/report-views.ts';
import { reportTable } from '../../../../shared/reports/report-catalogue.ts';
import { completedShare, flowsOf, type ReportInput } from '../report-input.ts';

export function completionReport(input: ReportInput): Report {
  const flows = flowsOf(input);
  return {
    id: 'completion',
    tables: [
      reportTable(
        'completion',
        'completionByFlow',
        flows.map((flowId) => {
          const runs = input.total.flows[flowId]?.runs ?? { started: 0, completed: 0 };
          return [flowId, runs.started, runs.completed, completedShare(runs)];
        }),
      ),
      reportTable(
        'completion',
        'completionTrend',
        input.periods.flatMap(({ period, summary }) =>
          flows.map((flowId) => {
            const runs = summary.flows[flowId]?.runs ?? { started: 0, completed: 0 };
            return [period, flowId, runs.started, runs.completed, completedShare(runs)];
          }),
        ),
      ),
    ],
  };
}
