// Staff at the kiosk above any screen: the hidden gesture's watch, and the staff dialogs (sign-in,
// out of service, a manager's reports) when one is open, in the store's language.
import { useKioskSlice } from '../kiosk-context.ts';
import { staffOf } from '../kiosk-status-store.ts';
import { CloseKioskDialog } from './CloseKioskDialog.tsx';
import { StaffGestureWatch } from './StaffGestureWatch.tsx';
import { StaffLanguage } from './StaffLanguage.tsx';
import { StaffReportsDialog } from './StaffReportsDialog.tsx';
import { StaffSignInDialog } from './StaffSignInDialog.tsx';

export function StaffLayer() {
  const dialog = useKioskSlice('staff', (desk) => desk.dialog);
  const manager = useKioskSlice('status', (status) => staffOf(status)?.role === 'manager');
  return (
    <StaffLanguage>
      <StaffGestureWatch />
      {dialog === 'signIn' ? <StaffSignInDialog /> : null}
      {dialog === 'closeKiosk' ? <CloseKioskDialog /> : null}
      {dialog === 'reports' && manager ? <StaffReportsDialog /> : null}
    </StaffLanguage>
  );
}
