// What the reports page asks of the host and the browser: the figures for the period and grain
// asked for, the whole report as a PDF (the host prints it) or an HTML page (made here) in the
// manager's language, and a table as a CSV file.
import type { Language } from '../../../shared/i18n/languages.ts';
import { reportTableCsv, reportTableCsvName } from '../../../shared/reports/report-csv.ts';
import { reportHtml } from '../../../shared/reports/report-html.ts';
import { createReportLabeler, type ReportLabeler } from '../../../shared/reports/report-labels.ts';
import type { ReportSet, ReportTable } from '../../../shared/reports/report-views.ts';
import { toProblem } from '../host/host-call-error.ts';
import { base64Bytes, type SaveFile } from '../save-file.ts';
import type { ReportDesk } from './report-desk.ts';

type ReportParts = Pick<ReportDesk, 'host' | 'reports'>;
/** Only where files can be saved: the downloads are not offered anywhere else. */
type Saving = { save: SaveFile };

export async function readReports({ host, reports }: ReportParts): Promise<void> {
  const { range, grain, readStarted } = reports.getState();
  const asked = readStarted();
  try {
    reports.getState().readDone(asked, await host.call('reports.read', { ...range, grain }));
  } catch (error) {
    reports.getState().readFailed(asked, toProblem(error));
  }
}

/** The PDF is made by the host (its browser prints it), for the period shown, in the manager's language. */
export async function downloadPdf({ host, reports, save }: ReportParts & Saving, language: Language): Promise<void> {
  const { range, grain, pdfWorking, pdfStarted } = reports.getState();
  if (pdfWorking) return;
  pdfStarted();
  try {
    const { pdf } = await host.call('reports.pdf', { range: { ...range, grain }, language });
    save({ name: `atiende-report-${range.from}-${range.to}.pdf`, type: 'application/pdf', body: base64Bytes(pdf) });
    reports.getState().pdfDone(null);
  } catch (error) {
    reports.getState().pdfDone(toProblem(error));
  }
}

/** The same report as one self-contained HTML page, made here from the figures shown: it opens anywhere, and prints. */
export function downloadHtml({ save, i18n }: Saving & Pick<ReportDesk, 'i18n'>, set: ReportSet, language: Language): void {
  const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, { ...options, lng: language });
  const html = reportHtml(set, createReportLabeler(set, t, language), t, language);
  save({ name: `atiende-report-${set.range.from}-${set.range.to}.html`, type: 'text/html;charset=utf-8', body: html });
}

export function downloadTableCsv({ save }: Saving, set: ReportSet, table: ReportTable, labeler: ReportLabeler): void {
  save({ name: reportTableCsvName(table.id, set.range), type: 'text/csv;charset=utf-8', body: reportTableCsv(table, labeler) });
}
