// "Why use the kiosk?": what self-service gives the customer (time, own pace, own language,
// privacy, and what the store adds), said plainly, with a person always on offer instead.
import { useTranslation } from 'react-i18next';
import { ScreenFrame } from '../frame/ScreenFrame.tsx';
import { benefits } from '../attract/benefits.ts';
import { BenefitIcon } from '../attract/BenefitIcon.tsx';
import { useText } from '../use-text.ts';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { profileOf } from '../kiosk-status-store.ts';
import { recordScreen, touchToStart } from '../session/session-actions.ts';
import './why.css';

export function WhyScreen() {
  const { t } = useTranslation();
  const text = useText();
  const kiosk = useKiosk();
  const profile = useKioskSlice('status', profileOf);
  const from = useKioskSlice('session', (session) => session.whyFrom);

  function close(): void {
    kiosk.session.getState().whyClosed();
    recordScreen(kiosk);
  }

  function start(): void {
    kiosk.session.getState().whyClosed();
    void touchToStart(kiosk);
  }

  return (
    <ScreenFrame
      screen="why"
      eyebrow={profile?.storeName}
      title={t('why.title')}
      lead={t('why.lead')}
      actions={
        <button type="button" className="button button--secondary" data-keypad-back onClick={close}>
          {t('flow.back')}
        </button>
      }
    >
      <ul className="why-list">
        {benefits.map((benefit) => (
          <li key={benefit} className="why-list__item">
            <BenefitIcon benefit={benefit} />
            <div>
              <h2 className="why-list__title">{t(`attract.benefits.${benefit}.title`)}</h2>
              <p>{t(`attract.benefits.${benefit}.text`)}</p>
            </div>
          </li>
        ))}
        {profile?.benefits.map((benefit, index) => (
          <li key={`store-${index}`} className="why-list__item why-list__item--store">
            <div>
              <h2 className="why-list__title">{text(benefit.title)}</h2>
              <p>{text(benefit.text)}</p>
            </div>
          </li>
        ))}
      </ul>
      <p className="why-person">{t('why.person')}</p>
      {from === 'attract' ? (
        <button type="button" className="button button--primary button--wide" onClick={start}>
          {t('attract.start')}
        </button>
      ) : null}
    </ScreenFrame>
  );
}
