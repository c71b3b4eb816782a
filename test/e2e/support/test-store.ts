// Test stores only: the demo store with more languages enabled, every text it lacks filled with a
// marked copy of the English one, so layouts can be tested before translators have written them.
import { pseudoLanguage, type Language } from '../../../shared/i18n/languages.ts';
import { localizedTexts } from '../../fixtures/localized-texts.ts';

interface LanguageChoice {
  enabled: readonly Language[];
  default: Language;
}

/** A storeConfig rewrite for the kiosk fixture. The demo store's own texts win where it has them. */
export function withLanguages(languages: LanguageChoice): (config: Record<string, unknown>) => Record<string, unknown> {
  return (config) => {
    const store = structuredClone(config);
    store.languages = { enabled: [...languages.enabled], default: languages.default };
    for (const { text } of localizedTexts(store)) {
      const english = String(text.en ?? Object.values(text)[0] ?? '');
      for (const language of languages.enabled) {
        // The kiosk makes pseudo-English itself; a copy here would hide that it works.
        if (language === pseudoLanguage || text[language] !== undefined) continue;
        // "ar · Collect an order": marked, and starting with a letter so bidi keeps it in one piece.
        text[language] = `${language} · ${english}`;
      }
    }
    return store;
  };
}

/** A store text as the kiosk shows it in `language` (pseudo-English made from English). */
export function storeText(text: Record<string, unknown>, language: Language, pseudoLocalize: (english: string) => string): string {
  if (language === pseudoLanguage && text[language] === undefined) return pseudoLocalize(String(text.en));
  return String(text[language]);
}
