// Builds the renderer's translator from the shared locale files (the host's CLI reads the same ones).
import { createInstance, type i18n } from 'i18next';
import { supportedLanguages, type Language } from '../../../shared/i18n/languages.ts';
import ar from '../../../assets/locales/ar.json';
import en from '../../../assets/locales/en.json';
import es from '../../../assets/locales/es.json';
import fr from '../../../assets/locales/fr.json';
import { pseudoLocalizeTexts } from './pseudo-locale.ts';

let pseudoTexts: { translation: typeof en } | null = null;

export const localeResources = {
  es: { translation: es },
  en: { translation: en },
  ar: { translation: ar },
  fr: { translation: fr },
  // Derived, never written: it follows English wherever English changes. Made the first time it is
  // read (a translator's check), not at every start of a page: rewriting every text takes a while.
  get 'en-XA'() {
    pseudoTexts ??= { translation: pseudoLocalizeTexts(en) };
    return pseudoTexts;
  },
} as const satisfies Record<Language, { translation: object }>;

export function createKioskI18n(language: Language): i18n {
  const translator = createInstance();
  void translator.init({
    lng: language,
    fallbackLng: 'es',
    supportedLngs: [...supportedLanguages],
    resources: localeResources,
    // Every locale is bundled: there is nothing to wait for, so the first render is translated.
    initAsync: false,
    // React escapes what it renders; escaping here too would show "&amp;" to customers.
    interpolation: { escapeValue: false },
  });
  return translator;
}
