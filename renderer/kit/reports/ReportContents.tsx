// The reports' contents: a link to each section, so a manager goes straight to the one they want.
import { useTranslation } from 'react-i18next';
import type { ReportSet } from '../../../shared/reports/report-views.ts';
import './report-contents.css';

export function ReportContents({ set }: { set: ReportSet }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('reports.document.contents')}>
      <ul className="report-contents__list">
        {set.reports.map((report) => (
          <li key={report.id}>
            <a className="report-contents__link" href={`#report-${report.id}`}>
              {t(`reports.titles.${report.id}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
