// Why a sign-in did not work, in words for staff: a PIN or badge not recognised, sign-in not set
// up in this store, or whatever else the host answered.
import { useTranslation } from 'react-i18next';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import './sign-in.css';

const ownWords: Partial<Record<HostErrorPayload['code'], string>> = {
  'staff.signInRefused': 'staffAtKiosk.signIn.refused',
  'staff.notConfigured': 'staffAtKiosk.signIn.notConfigured',
};

export function SignInProblem({ problem }: { problem: HostErrorPayload }) {
  const { t } = useTranslation();
  const key = ownWords[problem.code];
  return (
    <p className="staff-sign-in__problem" role="alert">
      {key ? t(key) : t(`errors.${problem.code}`, problem.params)}
    </p>
  );
}
