// The attract loop: says why self-service helps, and starts a session at the first touch (not a
// touch on its controls: the accessibility options, "why", pause).
import { useTranslation } from 'react-i18next';
import { languageDirection } from '../../../shared/i18n/languages.ts';
import { ScreenFrame } from '../frame/ScreenFrame.tsx';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { profileOf } from '../kiosk-status-store.ts';
import { touchToStart } from '../session/session-actions.ts';
import { BenefitCarousel } from './BenefitCarousel.tsx';
import { useEarlyModesExpire } from './use-early-modes-expire.ts';
import './attract.css';

export function AttractScreen() {
  const { t, i18n } = useTranslation();
  const kiosk = useKiosk();
  const profile = useKioskSlice('status', profileOf);
  const otherLanguages = (profile?.languages.enabled ?? []).filter((language) => language !== i18n.language);
  const start = () => void touchToStart(kiosk);
  useEarlyModesExpire();

  return (
    <ScreenFrame
      screen="attract"
      eyebrow={profile?.storeName}
      title={t('attract.title')}
      lead={t('attract.lead')}
      onBackgroundPress={start}
    >
      <BenefitCarousel />
      <div className="attract__start">
        <button type="button" className="button button--primary button--huge" onClick={start}>
          {t('attract.start')}
        </button>
        <button type="button" className="button attract__why" onClick={() => kiosk.session.getState().whyOpened()}>
          {t('why.open')}
        </button>
        {otherLanguages.map((language) => (
          <p key={language} lang={language} dir={languageDirection(language)} className="attract__start-other other-language">
            {i18n.getFixedT(language)('attract.start')}
          </p>
        ))}
      </div>
    </ScreenFrame>
  );
}
