// Home: the store's services, each with its title and a one-line summary in the customer's language.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/i18n/languages.ts';
import { ScreenFrame } from '../a11y/ScreenFrame.tsx';
import { openService } from '../flows/flow-actions.ts';
import { pickText } from '../i18n/localized-text.ts';
import { useKiosk, useKioskSlice } from '../kiosk/kiosk-context.ts';
import { profileOf } from '../kiosk/settings-store.ts';
import { StartOverButton } from '../session/StartOverButton.tsx';
import '../styles/home.css';

export function HomeScreen() {
  const { t, i18n } = useTranslation();
  const kiosk = useKiosk();
  const profile = useKioskSlice('settings', profileOf);
  const language = i18n.language as Language;
  const fallback = profile?.languages.default ?? 'es';

  return (
    <ScreenFrame
      screen="home"
      eyebrow={profile?.storeName}
      title={t('home.title')}
      lead={t('home.lead')}
      actions={<StartOverButton />}
    >
      <ul className="service-list">
        {profile?.services.map((service) => (
          <li key={service.id}>
            <button type="button" className="button service-button" onClick={() => openService(kiosk, service.id)}>
              <span className="service-button__title">{pickText(service.title, language, fallback)}</span>
              <span className="service-button__summary">{pickText(service.summary, language, fallback)}</span>
              <svg className="service-button__arrow" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
                <path d="M18 10l14 14-14 14" fill="none" stroke="currentColor" strokeWidth="4" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            </button>
          </li>
        ))}
      </ul>
    </ScreenFrame>
  );
}
