// The reports over the period a manager picks: the controls (period, grain of the trends, the
// downloads where files can be saved), the key figures, the contents, then every report as a
// section of charts, each over its table. Shown by the back office and by the kiosk, each handing
// it a ReportDesk.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/i18n/languages.ts';
import { createReportLabeler, type Translate } from '../../../shared/reports/report-labels.ts';
import { KeyFigures } from './KeyFigures.tsx';
import { glanceFigures } from './key-figures.ts';
import { readReports } from './report-actions.ts';
import { useReportDesk, useReportSlice } from './report-desk.ts';
import { ReportContents } from './ReportContents.tsx';
import { ReportControls } from './ReportControls.tsx';
import { ReportSection } from './ReportSection.tsx';
import '../frame/office-status.css';
import './reports-page.css';

export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const desk = useReportDesk();
  const from = useReportSlice((reports) => reports.range.from);
  const to = useReportSlice((reports) => reports.range.to);
  const grain = useReportSlice((reports) => reports.grain);
  const set = useReportSlice((reports) => reports.set);
  const reading = useReportSlice((reports) => reports.reading);
  const problem = useReportSlice((reports) => reports.problem);

  useEffect(() => {
    void readReports(desk);
  }, [desk, from, to, grain]);

  const language = i18n.language as Language;
  const translate: Translate = useMemo(() => (key, options) => t(key, options ?? {}), [t]);
  const labeler = useMemo(() => (set ? createReportLabeler(set, translate, language) : null), [set, translate, language]);

  const status = problem
    ? t(`errors.${problem.code}`, problem.params)
    : reading
      ? t('backoffice.reports.reading')
      : set && labeler
        ? t('backoffice.reports.about', { store: set.store.name, from: labeler.period(set.range.from), to: labeler.period(set.range.to), zone: set.timeZone })
        : '';

  return (
    <div className="reports-page" aria-busy={reading}>
      <ReportControls />
      <p className={problem ? 'office-status office-status--problem' : 'office-status'} role="status">
        {status}
      </p>
      {set && labeler ? (
        <>
          <KeyFigures figures={glanceFigures(set, labeler, translate)} label={t('backoffice.reports.glance')} />
          <ReportContents set={set} />
          {set.reports.map((report) => (
            <ReportSection key={report.id} report={report} set={set} labeler={labeler} />
          ))}
        </>
      ) : null}
    </div>
  );
}
