// The week at a glance: a row per weekday, a column per hour, each hour shaded by how many
// sessions started in it. A grid of boxes needs no chart library; the table under it has the counts.
import { useTranslation } from 'react-i18next';
import type { ReportLabeler } from '../../../shared/reports/report-labels.ts';
import type { ReportTable } from '../../../shared/reports/report-views.ts';
import { heatmapWeek } from './chart-points.ts';
import { heatmapSummary } from './chart-summary.ts';
import './heatmap.css';

const weekdayColumn = { id: 'weekday', unit: 'weekday' } as const;
const hourColumn = { id: 'hour', unit: 'hour' } as const;
const countColumn = { id: 'sessions', unit: 'count' } as const;

export function Heatmap({ table, title, labeler }: { table: ReportTable; title: string; labeler: ReportLabeler }) {
  const { t } = useTranslation();
  const week = heatmapWeek(table);
  const summary = heatmapSummary(title, week, labeler, (key, options) => t(key, options ?? {}));
  return (
    <div className="heatmap" role="img" aria-label={summary}>
      <div className="heatmap__grid">
        <span />
        {Array.from({ length: 24 }, (_, hour) => (
          <span key={hour} className="heatmap__hour">
            {hour % 3 === 0 ? labeler.cell(hourColumn, hour) : ''}
          </span>
        ))}
        {week.map((day) => [
          <span key={`day-${day[0]?.weekday}`} className="heatmap__day">
            {labeler.cell(weekdayColumn, day[0]?.weekday ?? null)}
          </span>,
          ...day.map((cell) => (
            <span
              key={`${cell.weekday}-${cell.hour}`}
              className={`heatmap__cell heatmap__cell--${cell.level}`}
              title={`${labeler.cell(weekdayColumn, cell.weekday)} ${labeler.cell(hourColumn, cell.hour)}: ${labeler.cell(countColumn, cell.sessions)}`}
            />
          )),
        ])}
      </div>
      <p className="heatmap__legend">
        <span>{t('backoffice.reports.heatmap.fewer')}</span>
        {[0, 1, 2, 3, 4, 5].map((level) => (
          <span key={level} className={`heatmap__cell heatmap__cell--${level}`} />
        ))}
        <span>{t('backoffice.reports.heatmap.more')}</span>
      </p>
    </div>
  );
}
