// The abandonment funnel: for each flow, in its order of steps, how many runs reached each step
// and how many were left there, by why (the reasons are decided in usage-fold.ts).
import type { Report } from '../../../../shared/reports/report-views.ts';
import { reportTable } from '../../../../shared/reports/report-catalogue.ts';
import { flowsOf, ordered, type ReportInput } from '../report-input.ts';

export function funnelReport(input: ReportInput): Report {
  const rows = flowsOf(input).flatMap((flowId) => {
    const steps = input.total.flows[flowId]?.steps ?? {};
    return ordered(input.order.steps[flowId] ?? [], Object.keys(steps)).map((stepId) => {
      const step = steps[stepId] ?? { reached: 0, cancel: 0, timeout: 0, preferPerson: 0, error: 0 };
      return [flowId, stepId, step.reached, step.cancel, step.timeout, step.preferPerson, step.error];
    });
  });
  return { id: 'funnel', tables: [reportTable('funnel', 'funnelSteps', rows)] };
}
