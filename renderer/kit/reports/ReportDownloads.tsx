// The whole report to keep: as a PDF (the host prints it) or an HTML page, for the period shown, in
// the manager's language; whatever stops the PDF said under the buttons.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/i18n/languages.ts';
import { ConsoleButton } from '../frame/ConsoleButton.tsx';
import type { SaveFile } from '../save-file.ts';
import { downloadHtml, downloadPdf } from './report-actions.ts';
import { useReportDesk, useReportSlice } from './report-desk.ts';
import './report-controls.css';

export function ReportDownloads({ save }: { save: SaveFile }) {
  const { t, i18n } = useTranslation();
  const desk = useReportDesk();
  const pdfWorking = useReportSlice((state) => state.pdfWorking);
  const pdfProblem = useReportSlice((state) => state.pdfProblem);
  const set = useReportSlice((state) => state.set);
  const id = useId();
  const language = i18n.language as Language;
  return (
    <div className="report-controls__downloads">
      <div className="report-controls__buttons">
        <ConsoleButton disabled={pdfWorking} onClick={() => void downloadPdf({ ...desk, save }, language)} aria-describedby={`${id}-pdf`}>
          {pdfWorking ? t('backoffice.reports.pdfWorking') : t('backoffice.reports.pdf')}
        </ConsoleButton>
        <ConsoleButton disabled={!set} onClick={() => set && downloadHtml({ ...desk, save }, set, language)} aria-describedby={`${id}-pdf`}>
          {t('backoffice.reports.html')}
        </ConsoleButton>
      </div>
      <p id={`${id}-pdf`} className={pdfProblem ? 'report-controls__problem' : 'report-controls__hint'} role="status">
        {pdfProblem ? t(`errors.${pdfProblem.code}`, pdfProblem.params) : t('backoffice.reports.pdfHint')}
      </p>
    </div>
  );
}
