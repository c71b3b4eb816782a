// Staff sign in at the console: the staff sign-in card under the console's header.
import { useTranslation } from 'react-i18next';
import { SignInCard } from '../../kit/staff/SignInCard.tsx';
import { useConsole } from '../console-context.ts';
import { ConsoleHeader } from '../frame/ConsoleHeader.tsx';
import { ConsolePage } from '../frame/ConsolePage.tsx';
import { signIn } from './session-actions.ts';

export function SignInScreen() {
  const { t } = useTranslation();
  const staffConsole = useConsole();
  return (
    <ConsolePage screen="console-sign-in" alerts={false} header={<ConsoleHeader title={t('console.title')} />}>
      <SignInCard session={staffConsole.session} onSignIn={(attempt) => signIn(staffConsole, attempt)} />
    </ConsolePage>
  );
}
