// One report as a section of the page: its heading, then each of its tables as a chart a manager
// reads at a glance over the table that holds every figure.
import { useTranslation } from 'react-i18next';
import type { ReportLabeler } from '../../../shared/reports/report-labels.ts';
import type { Report, ReportSet } from '../../../shared/reports/report-views.ts';
import { TableFigure } from './TableFigure.tsx';
import './report-section.css';

interface ReportSectionProps {
  report: Report;
  set: ReportSet;
  labeler: ReportLabeler;
}

export function ReportSection({ report, set, labeler }: ReportSectionProps) {
  const { t } = useTranslation();
  return (
    <section id={`report-${report.id}`} className="report-section" aria-labelledby={`report-${report.id}-title`} data-report={report.id}>
      <h2 id={`report-${report.id}-title`} className="report-section__title">
        {t(`reports.titles.${report.id}`)}
      </h2>
      <div className="report-section__tables">
        {report.tables.map((table) => (
          <TableFigure key={table.id} table={table} set={set} labeler={labeler} />
        ))}
      </div>
    </section>
  );
}
