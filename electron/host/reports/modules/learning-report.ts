// Practice and tutorials: how often customers take them, and whether the runs after them are
// completed more often than runs after neither.
import type { Report } from '../../../../shared/reports/report-views.ts';
import { reportTable } from '../../../../shared/reports/report-catalogue.ts';
import { completedShare, flowsOf, type ReportInput } from '../report-input.ts';

export function learningReport(input: ReportInput): Report {
  const flows = flowsOf(input).flatMap((flowId) => {
    const flow = input.total.flows[flowId];
    return flow ? [{ flowId, flow }] : [];
  });
  return {
    id: 'learning',
    tables: [
      reportTable(
        'learning',
        'tutorialsByFlow',
        flows.map(({ flowId, flow: { tutorials, practice } }) => [
          flowId,
          tutorials.offered,
          tutorials.started,
          tutorials.finished,
          tutorials.skipped,
          practice.started,
          practice.completed,
        ]),
      ),
      reportTable(
        'learning',
        'learningEffect',
        flows.flatMap(({ flowId, flow }) =>
          (
            [
              ['tutorial', flow.afterTutorial],
              ['practice', flow.afterPractice],
              ['none', flow.unaided],
            ] as const
          ).map(([kind, runs]) => [flowId, kind, runs.started, runs.completed, completedShare(runs)]),
        ),
      ),
    ],
  };
}
