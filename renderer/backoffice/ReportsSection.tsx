// The back office's reports: the kit's reports page, handed the back office itself as its desk (its
// host client, translator, report store, the browser's downloads and the clock).
import { ReportDeskContext } from '../kit/reports/report-desk.ts';
import { ReportsPage } from '../kit/reports/ReportsPage.tsx';
import { useBackOffice } from './back-office-context.ts';

export function ReportsSection() {
  return (
    <ReportDeskContext value={useBackOffice()}>
      <ReportsPage />
    </ReportDeskContext>
  );
}
