// Managers sign in to the back office as staff do at the console: the staff sign-in card.
import { useTranslation } from 'react-i18next';
import { SignInCard } from '../../kit/staff/SignInCard.tsx';
import { useBackOffice } from '../back-office-context.ts';
import { OfficePage } from '../frame/OfficePage.tsx';
import { signIn } from './session-actions.ts';

export function SignInScreen() {
  const { t } = useTranslation();
  const office = useBackOffice();
  return (
    <OfficePage screen="office-sign-in" title={t('backoffice.signInTitle')}>
      <SignInCard session={office.session} onSignIn={(attempt) => signIn(office, attempt)} />
    </OfficePage>
  );
}
