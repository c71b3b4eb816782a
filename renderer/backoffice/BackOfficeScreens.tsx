// Which back office screen shows: a moment while the host says who is signed in, the sign-in, a
// calm refusal for staff who are not managers, or the back office itself.
import { useTranslation } from 'react-i18next';
import { staffOf } from '../kit/staff/session-store.ts';
import { useSessionSlice } from './back-office-context.ts';
import { OfficeShell } from './OfficeShell.tsx';
import { NotAManager } from './sign-in/NotAManager.tsx';
import { SignInScreen } from './sign-in/SignInScreen.tsx';
import './back-office-screens.css';

export function BackOfficeScreens() {
  const { t } = useTranslation();
  const phase = useSessionSlice((session) => session.current.phase);
  const staff = useSessionSlice(staffOf);
  if (phase === 'signedOut') return <SignInScreen />;
  if (staff?.role === 'manager') return <OfficeShell manager={staff} />;
  if (staff) return <NotAManager staff={staff} />;
  return (
    <main className="office-starting" data-screen="office-starting">
      <h1 className="office-starting__text">{t('backoffice.starting')}</h1>
    </main>
  );
}
