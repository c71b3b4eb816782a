// The staff bar's contents, in the staff language: who is signed in, and a button for each thing
// staff may do at the kiosk (the reports for a manager only). The assisted-mode button is a toggle
// (aria-pressed).
import { useTranslation } from 'react-i18next';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { assistedOf, closureOf, type KioskStaff } from '../kiosk-status-store.ts';
import { endCustomerSession, openCloseKiosk, openReports, reopenKiosk, setAssistedMode, signOut } from './staff-actions.ts';
import { useStaffLanguageAttributes } from './StaffLanguage.tsx';
import './staff-bar.css';

export function StaffBarControls({ staff }: { staff: KioskStaff }) {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const language = useStaffLanguageAttributes();
  const assisted = useKioskSlice('status', assistedOf);
  const closed = useKioskSlice('status', closureOf) !== null;
  const withCustomer = useKioskSlice('session', (session) => session.phase !== 'attract');
  const busy = useKioskSlice('staff', (desk) => desk.busy);
  // A failure of a bar action shows on the bar; one inside a dialog shows in the dialog.
  const problem = useKioskSlice('staff', (desk) => (desk.dialog === 'none' ? desk.problem : null));
  const act = (action: () => Promise<unknown>) => () => {
    if (!busy) void action();
  };

  return (
    <aside className="staff-bar" aria-label={t('staffAtKiosk.bar.label')} {...language}>
      <p className="staff-bar__who">
        <span className="staff-bar__name">{staff.name}</span> <span className="staff-bar__role">{t(`staffAtKiosk.bar.roles.${staff.role}`)}</span>
      </p>
      <div className="staff-bar__actions">
        {closed ? null : (
          <button type="button" className="staff-bar__button" aria-pressed={assisted} aria-disabled={busy || undefined} onClick={act(() => setAssistedMode(kiosk, !assisted))}>
            {t('staffAtKiosk.bar.assisted')}
          </button>
        )}
        {withCustomer && !closed ? (
          <button type="button" className="staff-bar__button" aria-disabled={busy || undefined} onClick={act(() => endCustomerSession(kiosk))}>
            {t('staffAtKiosk.bar.endSession')}
          </button>
        ) : null}
        {staff.role === 'manager' ? (
          <button type="button" className="staff-bar__button" aria-haspopup="dialog" onClick={() => openReports(kiosk)}>
            {t('staffAtKiosk.bar.reports')}
          </button>
        ) : null}
        {closed ? (
          <button type="button" className="staff-bar__button" aria-disabled={busy || undefined} onClick={act(() => reopenKiosk(kiosk))}>
            {t('staffAtKiosk.bar.reopen')}
          </button>
        ) : (
          <button type="button" className="staff-bar__button" aria-haspopup="dialog" aria-disabled={busy || undefined} onClick={() => openCloseKiosk(kiosk)}>
            {t('staffAtKiosk.bar.closeKiosk')}
          </button>
        )}
        {/* Never waits for another call: staff who walk away trust that they are signed out. */}
        <button type="button" className="staff-bar__button staff-bar__button--sign-out" onClick={() => void signOut(kiosk)}>
          {t('staffAtKiosk.bar.signOut')}
        </button>
      </div>
      {problem ? (
        <p className="staff-bar__problem" role="alert">
          {t('staffAtKiosk.bar.failed')} {t(`errors.${problem.code}`, problem.params)}
        </p>
      ) : null}
    </aside>
  );
}
