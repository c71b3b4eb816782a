// Builds the renderer's translator from the shared locale files (the host's CLI reads the same ones).
import { createInstance, type i18n } from 'i18next';
import { supportedLanguages, type Language } from '../../shared/i18n/languages.ts';
import en from '../../assets/locales/en.json';
import es from '../../assets/locales/es.json';

export const localeResources = {
  es: { translation: es },
  en: { translation: en },
} as const satisfies Record<Language, { translation: object }>;

export function createKioskI18n(language: Language): i18n {
  const translator = createInstance();
  void translator.init({
    lng: language,
    fallbackLng: 'es',
    supportedLngs: [...supportedLanguages],
    resources: localeResources,
    // Both locales are bundled: there is nothing to wait for, so the first render is translated.
    initAsync: false,
    // React escapes what it renders; escaping here too would show "&amp;" to customers.
    interpolation: { escapeValue: false },
  });
  return translator;
}
