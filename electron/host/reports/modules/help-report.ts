// Help requests: on which screens customers asked for a person, and for what.
import type { Report } from '../../../../shared/reports/report-views.ts';
import { reportTable } from '../../../../shared/reports/report-catalogue.ts';
import { screenSchema } from '../../../../shared/usage/events.ts';
import { ordered, type ReportInput } from '../report-input.ts';

export function helpReport({ total }: ReportInput): Report {
  const rows = ordered(screenSchema.options, Object.keys(total.help)).map((screen) => {
    const reasons = total.help[screen] ?? {};
    const requests = Object.values(reasons).reduce((sum, count) => sum + count, 0);
    return [screen, requests, reasons.preferPerson ?? 0, reasons.needHelp ?? 0];
  });
  return { id: 'help', tables: [reportTable('help', 'helpByScreen', rows)] };
}
