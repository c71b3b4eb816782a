// Languages: the language each session started in.
import type { Report } from '../../../../shared/reports/report-views.ts';
import { reportTable } from '../../../../shared/reports/report-catalogue.ts';
import { shareOf, type ReportInput } from '../report-input.ts';

export function languagesReport({ total }: ReportInput): Report {
  const languages = Object.entries(total.sessions.languages).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const sessions = languages.reduce((sum, [, count]) => sum + count, 0);
  return {
    id: 'languages',
    tables: [reportTable('languages', 'languages', languages.map(([language, count]) => [language, count, shareOf(count, sessions)]))],
  };
}
