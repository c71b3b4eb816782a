// The staff member's own language, whatever the store's default: switched here, remembered by the
// page that shows it (`onChosen`). Each language is named in itself, so anyone finds theirs.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languageNames, translatedLanguages } from '../../../shared/i18n/languages.ts';
import { isStaffLanguage, type StaffLanguage } from './staff-language.ts';
import './language-switch.css';

export function LanguageSwitch({ onChosen }: { onChosen: (language: StaffLanguage) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id} className="language-switch__label">
        {t('console.language')}
      </label>
      <select
        id={id}
        className="language-switch__select"
        value={i18n.language}
        onChange={(event) => {
          const language = event.target.value;
          if (!isStaffLanguage(language)) return;
          onChosen(language);
          void i18n.changeLanguage(language);
        }}
      >
        {translatedLanguages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageNames[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
