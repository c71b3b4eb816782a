// "Start over": ends the session as cancelled and wipes whatever was typed.
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../kiosk-context.ts';
import { endSession } from './session-actions.ts';

export function StartOverButton() {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  return (
    <button type="button" className="button button--secondary" onClick={() => endSession(kiosk, 'cancelled')}>
      {t('session.startOver')}
    </button>
  );
}
