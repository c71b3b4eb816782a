// "Are you still there?": a live countdown and one big button for more time.
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../kit/frame/ModalDialog.tsx';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { askForMoreTime } from '../session/session-actions.ts';
import '../../kit/frame/dialog.css';
import './idle-countdown.css';

/** Announced to screen readers at these marks only; every second would drown out the button. */
const spokenMarks = new Set([30, 20, 10, 5]);

export function IdleWarningDialog() {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const secondsLeft = useKioskSlice('idle', (idle) => idle.secondsLeft);
  const more = () => askForMoreTime(kiosk);

  return (
    <ModalDialog role="alertdialog" labelledBy="idle-title" describedBy="idle-text" onDismiss={more}>
      <h2 id="idle-title" className="dialog__title">
        {t('idle.title')}
      </h2>
      <p id="idle-text" className="dialog__text">
        {t('idle.text')}
      </p>
      <p className="idle-countdown" aria-hidden="true">
        <span className="idle-countdown__number">{secondsLeft}</span>
        <span className="idle-countdown__label">{t('idle.countdown', { count: secondsLeft })}</span>
      </p>
      <p className="visually-hidden" aria-live="polite">
        {spokenMarks.has(secondsLeft) ? t('idle.countdown', { count: secondsLeft }) : ''}
      </p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary button--huge" data-autofocus onClick={more}>
          {t('idle.more')}
        </button>
      </div>
    </ModalDialog>
  );
}
