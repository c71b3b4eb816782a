// A report table as the manager reads it: columns by their names in the manager's language, names
// and figures as the labeler writes them, figures lined up at the end; its columns even when it
// is empty. A table that outgrows its place scrolls in its own box, which the keyboard can reach.
import { useTranslation } from 'react-i18next';
import type { ReportLabeler } from '../../../shared/reports/report-labels.ts';
import type { ColumnUnit, ReportTable } from '../../../shared/reports/report-views.ts';
import '../frame/office-table.css';
import './report-table.css';

const figureUnits: ReadonlySet<ColumnUnit> = new Set(['count', 'share', 'seconds', 'minutes', 'rating', 'hours', 'hour']);
/** Short cells that read badly broken over two lines. */
const unbrokenUnits: ReadonlySet<ColumnUnit> = new Set([...figureUnits, 'period', 'weekday', 'language']);
/** More rows than this scroll in a box, so a month of days does not push the next chart away. */
const rowsBeforeScrolling = 14;
/** More columns than this may be wider than the window on a tablet: the box scrolls sideways too. */
const columnsBeforeScrolling = 5;

interface ReportTableViewProps {
  table: ReportTable;
  labeler: ReportLabeler;
  /** The heading that names the table. */
  labelledBy: string;
}

export function ReportTableView({ table, labeler, labelledBy }: ReportTableViewProps) {
  const { t } = useTranslation();
  const long = table.rows.length > rowsBeforeScrolling;
  // The box scrolls whenever the table outgrows it; the keyboard reaches it where that is likely.
  const scrolls = long || table.columns.length > columnsBeforeScrolling;
  const headClass = (unit: ColumnUnit) => (figureUnits.has(unit) ? 'report-table__figure' : undefined);
  const cellClass = (unit: ColumnUnit) =>
    figureUnits.has(unit) ? 'report-table__figure report-table__unbroken' : unbrokenUnits.has(unit) ? 'report-table__unbroken' : undefined;
  return (
    <div
      className={long ? 'report-table__box report-table__box--long' : 'report-table__box'}
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls ? 'region' : undefined}
      aria-labelledby={scrolls ? labelledBy : undefined}
    >
      <table className="office-table report-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.id} scope="col" className={headClass(column.unit)}>
                {labeler.column(column.id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 ? (
            <tr>
              <td colSpan={table.columns.length} className="report-table__none">
                {t('backoffice.reports.nothing')}
              </td>
            </tr>
          ) : null}
          {table.rows.map((row, index) => (
            <tr key={index}>
              {table.columns.map((column, at) => (
                <td key={column.id} className={cellClass(column.unit)}>
                  {labeler.cell(column, row[at] ?? null)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
