// Language choice: each enabled language named in its own language, so anyone can find theirs;
// choosing one starts the session.
import { useTranslation } from 'react-i18next';
import { languageDirection, languageNames } from '../../../shared/i18n/languages.ts';
import { ScreenFrame } from '../frame/ScreenFrame.tsx';
import { ProblemAlert } from '../help/ProblemAlert.tsx';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { profileOf } from '../kiosk-status-store.ts';
import { backToAttract, chooseLanguage } from '../session/session-actions.ts';
import './language.css';

export function LanguageScreen() {
  const { t, i18n } = useTranslation();
  const kiosk = useKiosk();
  const profile = useKioskSlice('status', profileOf);
  const starting = useKioskSlice('session', (session) => session.starting);
  const problem = useKioskSlice('session', (session) => session.problem);
  const enabled = profile?.languages.enabled ?? [];
  const otherLanguages = enabled.filter((language) => language !== i18n.language);

  return (
    <ScreenFrame
      screen="language"
      eyebrow={profile?.storeName}
      title={t('language.title')}
      lead={otherLanguages.map((language) => (
        <p key={language} lang={language} dir={languageDirection(language)} className="other-language">
          {i18n.getFixedT(language)('language.title')}
        </p>
      ))}
      actions={
        <button type="button" className="button button--secondary" data-keypad-back onClick={() => backToAttract(kiosk)}>
          {t('language.back')}
        </button>
      }
    >
      <ul className="language-list" aria-busy={starting} data-keypad-choices>
        {enabled.map((language) => (
          <li key={language}>
            <button
              type="button"
              lang={language}
              dir={languageDirection(language)}
              className="button button--choice language-list__button"
              onClick={() => void chooseLanguage(kiosk, language)}
            >
              {languageNames[language]}
            </button>
          </li>
        ))}
      </ul>
      <p className="status" aria-live="polite">
        {starting ? t('language.starting') : ''}
      </p>
      {problem ? <ProblemAlert problem={problem} onTryAgain={() => kiosk.session.getState().problemDismissed()} /> : null}
    </ScreenFrame>
  );
}
