// Pilot flows against established ones: completion, time and rating, by the tag each run had.
import type { Report } from '../../../../shared/reports/report-views.ts';
import { reportTable } from '../../../../shared/reports/report-catalogue.ts';
import { addSummary, emptyFlow, type FlowSummary } from '../day-summary.ts';
import { quantile } from '../histogram.ts';
import { completedShare, flowsOf, meanRating, type ReportInput } from '../report-input.ts';
import type { ReportCell } from '../../../../shared/reports/report-views.ts';

const kinds = ['pilot', 'established'] as const;

export function pilotsReport(input: ReportInput): Report {
  const flows = flowsOf(input).flatMap((flowId) => {
    const flow = input.total.flows[flowId];
    return flow ? [{ flowId, flow }] : [];
  });
  const all = flows.reduce((sum, { flow }) => addSummary(sum, flow), emptyFlow());
  return {
    id: 'pilots',
    tables: [
      reportTable('pilots', 'pilotTotals', kinds.map((kind) => figures(all, kind))),
      reportTable(
        'pilots',
        'pilotFlows',
        flows.flatMap(({ flowId, flow }) => kinds.filter((kind) => flow[kind].started > 0).map((kind) => [flowId, ...figures(flow, kind)])),
      ),
    ],
  };
}

function figures(flow: FlowSummary, kind: (typeof kinds)[number]): ReportCell[] {
  const runs = flow[kind];
  const ratings = kind === 'pilot' ? flow.pilotRatings : flow.establishedRatings;
  const seconds = kind === 'pilot' ? flow.pilotSeconds : flow.establishedSeconds;
  return [kind, runs.started, runs.completed, completedShare(runs), quantile(seconds, 0.5), ratings.count, meanRating(ratings)];
}
