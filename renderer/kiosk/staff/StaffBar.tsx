// The staff bar: while staff are signed in at the kiosk, a dark band over the customer screens
// with their name and what they may do there: assisted mode, end the customer's session, a
// manager's reports, close the kiosk or open it again, sign out. In the store's language, whatever
// the customer chose.
import { useKioskSlice } from '../kiosk-context.ts';
import { staffOf } from '../kiosk-status-store.ts';
import { StaffBarControls } from './StaffBarControls.tsx';
import { StaffLanguage } from './StaffLanguage.tsx';

export function StaffBar() {
  const staff = useKioskSlice('status', staffOf);
  if (!staff) return null;
  return (
    <StaffLanguage>
      <StaffBarControls staff={staff} />
    </StaffLanguage>
  );
}
