// A manager's reports over the whole kiosk screen, opened from the staff bar: in the staff
// language, read with the manager's rights that ride on the kiosk page, and with no downloads (a
// kiosk saves no files). The reports and their chart library load only when it opens, so the
// customer screens never carry them. It closes with Close or Escape, when the manager is signed
// out (by hand or after the idle minutes), and when the customer's session ends.
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../kit/frame/ModalDialog.tsx';
import { useKiosk } from '../kiosk-context.ts';
import { keepTabInside } from './keep-tab-inside.ts';
import { closeReports } from './staff-actions.ts';
import { useStaffLanguageAttributes } from './StaffLanguage.tsx';
import './staff-reports.css';

const StaffReportsPage = lazy(() => import('./StaffReportsPage.tsx'));

export function StaffReportsDialog() {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const language = useStaffLanguageAttributes();
  // Read while rendering, before the dialog takes focus: the staff bar's button that opened it.
  const [opener] = useState(() => document.activeElement);

  // Focus goes back to that button if it is still there: React takes the dialog out of the page
  // before the browser could return focus itself.
  useEffect(
    () => () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus({ preventScroll: true });
    },
    [opener],
  );

  // Back to the attract loop means the session is over: the kiosk is left as the next customer meets it.
  useEffect(
    () =>
      kiosk.session.subscribe((session, before) => {
        if (before.phase !== 'attract' && session.phase === 'attract') closeReports(kiosk);
      }),
    [kiosk],
  );

  return (
    <ModalDialog role="dialog" labelledBy="staff-reports-title" className="staff-reports" onDismiss={() => closeReports(kiosk)}>
      <div className="staff-reports__frame" {...language} onKeyDown={keepTabInside}>
        <header className="staff-reports__band">
          <h2 id="staff-reports-title" className="staff-reports__title">
            {t('staffAtKiosk.reports.title')}
          </h2>
          <button type="button" className="staff-reports__close" data-autofocus onClick={() => closeReports(kiosk)}>
            {t('staffAtKiosk.reports.close')}
          </button>
        </header>
        <div className="staff-reports__body">
          <Suspense
            fallback={
              <p className="staff-reports__loading" role="status">
                {t('backoffice.reports.reading')}
              </p>
            }
          >
            <StaffReportsPage />
          </Suspense>
        </div>
      </div>
    </ModalDialog>
  );
}
