// One report table: its name and CSV download (where files can be saved), the chart its plan names
// (tiles, bars, lines, the funnel, the week's heatmap), and the table itself under it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportLabeler } from '../../../shared/reports/report-labels.ts';
import type { ReportSet, ReportTable } from '../../../shared/reports/report-views.ts';
import { ConsoleButton } from '../frame/ConsoleButton.tsx';
import { chartPlans } from './chart-plans.ts';
import { downloadTableCsv } from './report-actions.ts';
import { useReportDesk } from './report-desk.ts';
import { ReportTableView } from './ReportTableView.tsx';
import { TableChart } from './TableChart.tsx';
import './table-figure.css';

/** A table with more columns than this takes the whole width of its report. */
const wideColumns = 5;

interface TableFigureProps {
  table: ReportTable;
  set: ReportSet;
  labeler: ReportLabeler;
}

export function TableFigure({ table, set, labeler }: TableFigureProps) {
  const { t } = useTranslation();
  const { save } = useReportDesk();
  const id = useId();
  const title = labeler.table(table.id);
  const plan = chartPlans[table.id];
  return (
    <div className={table.columns.length > wideColumns ? 'table-figure table-figure--wide' : 'table-figure'} data-table={table.id}>
      <div className="table-figure__head">
        <h3 id={`${id}-title`} className="table-figure__title">
          {title}
        </h3>
        {save ? (
          <ConsoleButton aria-label={t('backoffice.reports.csvFor', { table: title })} onClick={() => downloadTableCsv({ save }, set, table, labeler)}>
            {t('backoffice.reports.csv')}
          </ConsoleButton>
        ) : null}
      </div>
      {table.rows.length > 0 && plan ? <TableChart plan={plan} table={table} title={title} labeler={labeler} /> : null}
      <ReportTableView table={table} labeler={labeler} labelledBy={`${id}-title`} />
    </div>
  );
}
