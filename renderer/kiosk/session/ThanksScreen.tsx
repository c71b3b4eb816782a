// Thank-you: the session is done. After a real flow it asks for optional feedback first. It closes
// by itself (later while a question is showing, and later still in an accessibility mode) or at
// "Finish"; the time left is always shown, with a button for more, as often as wanted.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { anyModeOn } from '../accessibility/accessibility-store.ts';
import { ScreenFrame } from '../frame/ScreenFrame.tsx';
import { FeedbackPanel } from '../feedback/FeedbackPanel.tsx';
import { thanksSeconds } from '../idle/time-limits.ts';
import { useCountdown } from '../idle/use-countdown.ts';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { profileOf } from '../kiosk-status-store.ts';
import { endSession } from './session-actions.ts';
import './thanks.css';

export function ThanksScreen() {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const profile = useKioskSlice('status', profileOf);
  const modesOn = useKioskSlice('accessibility', (accessibility) => anyModeOn(accessibility.modes));
  const [askingFeedback, setAskingFeedback] = useState(true);
  const finish = useCallback(() => endSession(kiosk, 'completed'), [kiosk]);
  const seconds = thanksSeconds(askingFeedback, profile?.accessibility.timeFactor ?? 1, modesOn);
  const { secondsLeft, restart } = useCountdown(kiosk.timers, seconds, finish);

  return (
    <ScreenFrame screen="thanks" eyebrow={profile?.storeName} title={t('thanks.title')} lead={t('thanks.lead')}>
      <div className="thanks">
        {askingFeedback ? (
          <FeedbackPanel onActivity={restart} onDone={() => setAskingFeedback(false)} />
        ) : (
          <svg className="thanks__mark" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
            <circle cx="24" cy="24" r="20" fill="none" stroke="currentColor" strokeWidth="3" />
            <path d="M15 25l6 6 12-13" fill="none" stroke="currentColor" strokeWidth="4" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        )}
        <p className="thanks__closing">{t('thanks.closing', { count: secondsLeft })}</p>
        <button type="button" className="button button--secondary" onClick={restart}>
          {t('thanks.more')}
        </button>
        <button type="button" className="button button--primary button--wide" onClick={finish}>
          {t('thanks.finish')}
        </button>
      </div>
    </ScreenFrame>
  );
}
