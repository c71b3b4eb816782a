// Thank-you: the session is done. After a real flow it asks for optional feedback first; it
// closes by itself a few seconds after that (longer while a question is showing) or at "Finish".
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenFrame } from '../frame/ScreenFrame.tsx';
import { FeedbackPanel } from '../feedback/FeedbackPanel.tsx';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { profileOf } from '../kiosk-status-store.ts';
import { endSession } from './session-actions.ts';
import './thanks.css';

const thanksSeconds = 10;
/** Time to read and answer a feedback question before the screen closes on its own. */
const feedbackSeconds = 30;

export function ThanksScreen() {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const profile = useKioskSlice('status', profileOf);
  const [askingFeedback, setAskingFeedback] = useState(true);
  const [secondsLeft, setSecondsLeft] = useState(feedbackSeconds);

  useEffect(() => {
    if (secondsLeft <= 0) {
      endSession(kiosk, 'completed');
      return;
    }
    return kiosk.timers.after(1000, () => setSecondsLeft((left) => left - 1));
  }, [kiosk, secondsLeft]);

  return (
    <ScreenFrame screen="thanks" eyebrow={profile?.storeName} title={t('thanks.title')} lead={t('thanks.lead')}>
      <div className="thanks">
        {askingFeedback ? (
          <FeedbackPanel
            onActivity={() => setSecondsLeft(feedbackSeconds)}
            onDone={() => {
              setAskingFeedback(false);
              setSecondsLeft(thanksSeconds);
            }}
          />
        ) : (
          <>
            <svg className="thanks__mark" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
              <circle cx="24" cy="24" r="20" fill="none" stroke="currentColor" strokeWidth="3" />
              <path d="M15 25l6 6 12-13" fill="none" stroke="currentColor" strokeWidth="4" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <p className="thanks__closing">{t('thanks.closing', { count: Math.max(0, secondsLeft) })}</p>
          </>
        )}
        <button type="button" className="button button--primary button--wide" onClick={() => endSession(kiosk, 'completed')}>
          {t('thanks.finish')}
        </button>
      </div>
    </ScreenFrame>
  );
}
