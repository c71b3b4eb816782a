// The reports page at the kiosk, loaded only when a manager opens the reports: its desk is the
// kiosk's own host client (the manager's rights ride on the kiosk page while they are signed in),
// the staff translator, a report store of its own, and no downloads.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportDeskContext, type ReportDesk } from '../../kit/reports/report-desk.ts';
import { createReportStore } from '../../kit/reports/report-store.ts';
import { ReportsPage } from '../../kit/reports/ReportsPage.tsx';
import { useKiosk } from '../kiosk-context.ts';

export default function StaffReportsPage() {
  const kiosk = useKiosk();
  const { i18n } = useTranslation();
  // A store for each opening: the figures go when the reports close, and the period starts afresh.
  const [reports] = useState(() => createReportStore(new Date(kiosk.now())));
  const desk = useMemo<ReportDesk>(() => ({ host: kiosk.host, i18n, reports, save: null, now: kiosk.now }), [kiosk, i18n, reports]);
  return (
    <ReportDeskContext value={desk}>
      <ReportsPage />
    </ReportDeskContext>
  );
}
