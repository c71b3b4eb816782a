// Who is signed in, and the sign-out, on the header band of every signed-in screen.
import { useTranslation } from 'react-i18next';
import type { StaffMemberView } from '../../../shared/host-api/staff-views.ts';
import { ConsoleButton } from '../../kit/frame/ConsoleButton.tsx';
import { useBackOffice } from '../back-office-context.ts';
import { signOut } from './session-actions.ts';
import './signed-in-tools.css';

export function SignedInTools({ staff }: { staff: StaffMemberView }) {
  const { t } = useTranslation();
  const office = useBackOffice();
  return (
    <>
      <p className="signed-in-tools__name">{staff.name}</p>
      <ConsoleButton look="onNight" onClick={() => void signOut(office, 'signedOut')}>
        {t('backoffice.signOut')}
      </ConsoleButton>
    </>
  );
}
