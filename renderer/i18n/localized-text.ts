// Picks a store-config text in the customer's language, falling back to the store's default.
import type { LocalizedText } from '../../shared/config/store-config.ts';
import { pseudoLanguage, supportedLanguages, type Language } from '../../shared/i18n/languages.ts';
import { pseudoLocalize } from './pseudo-locale.ts';

export function pickText(text: LocalizedText, language: Language, fallback: Language): string {
  const own = text[language];
  if (own !== undefined) return own;
  // Stores never write pseudo-English: it is made from their English, like the kiosk's own texts.
  if (language === pseudoLanguage) return pseudoLocalize(text.en ?? anyText(text, fallback));
  return anyText(text, fallback);
}

function anyText(text: LocalizedText, fallback: Language): string {
  return text[fallback] ?? supportedLanguages.map((other) => text[other]).find((found) => found !== undefined) ?? '';
}
