// Signs out by hand, from the header of every signed-in screen.
import { useTranslation } from 'react-i18next';
import { useConsole } from '../console-context.ts';
import { ConsoleButton } from '../../kit/frame/ConsoleButton.tsx';
import { signOut } from './session-actions.ts';

export function SignOutButton() {
  const { t } = useTranslation();
  const staffConsole = useConsole();
  return (
    <ConsoleButton look="onNight" onClick={() => void signOut(staffConsole, 'signedOut')}>
      {t('console.session.signOut')}
    </ConsoleButton>
  );
}
