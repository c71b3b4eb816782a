// A member of staff who is not a manager signed in here: say plainly that the back office is for
// managers, and offer the sign-out. The host refuses their calls anyway (auth.forbidden).
import { useTranslation } from 'react-i18next';
import type { StaffMemberView } from '../../../shared/host-api/staff-views.ts';
import { ConsoleButton } from '../../kit/frame/ConsoleButton.tsx';
import { useBackOffice } from '../back-office-context.ts';
import { OfficePage } from '../frame/OfficePage.tsx';
import { signOut } from './session-actions.ts';
import './not-a-manager.css';

export function NotAManager({ staff }: { staff: StaffMemberView }) {
  const { t } = useTranslation();
  const office = useBackOffice();
  return (
    <OfficePage screen="office-not-manager" title={t('backoffice.notManager.title')}>
      <div className="not-a-manager">
        <p>{t('backoffice.notManager.text', { name: staff.name })}</p>
        <ConsoleButton look="strong" onClick={() => void signOut(office, 'signedOut')}>
          {t('backoffice.signOut')}
        </ConsoleButton>
      </div>
    </OfficePage>
  );
}
