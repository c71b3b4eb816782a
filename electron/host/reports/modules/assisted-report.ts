// Assisted share: of the real runs, how many ran while staff had the kiosk in assisted mode.
import type { Report } from '../../../../shared/reports/report-views.ts';
import { reportTable } from '../../../../shared/reports/report-catalogue.ts';
import type { DaySummary } from '../day-summary.ts';
import { flowsOf, shareOf, type ReportInput } from '../report-input.ts';

export function assistedReport(input: ReportInput): Report {
  return {
    id: 'assisted',
    tables: [
      reportTable(
        'assisted',
        'assistedByFlow',
        flowsOf(input).map((flowId) => {
          const flow = input.total.flows[flowId];
          const started = flow?.runs.started ?? 0;
          const assisted = flow?.assisted.started ?? 0;
          return [flowId, started, assisted, shareOf(assisted, started)];
        }),
      ),
      reportTable(
        'assisted',
        'assistedTrend',
        input.periods.map(({ period, summary }) => {
          const { started, assisted } = assistedRuns(summary);
          return [period, started, assisted, shareOf(assisted, started)];
        }),
      ),
    ],
  };
}

function assistedRuns(summary: DaySummary): { started: number; assisted: number } {
  let started = 0;
  let assisted = 0;
  for (const flow of Object.values(summary.flows)) {
    started += flow.runs.started;
    assisted += flow.assisted.started;
  }
  return { started, assisted };
}
