// "Start over": ends the session as cancelled and wipes whatever was typed.
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../kiosk-context.ts';
import { endSession } from './session-actions.ts';

/** `keypadBack`: the screen's way back for the keypad (home, where there is no "back"). */
export function StartOverButton({ keypadBack = false }: { keypadBack?: boolean }) {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  return (
    <button type="button" className="button button--secondary" data-keypad-back={keypadBack || undefined} onClick={() => endSession(kiosk, 'cancelled')}>
      {t('session.startOver')}
    </button>
  );
}
