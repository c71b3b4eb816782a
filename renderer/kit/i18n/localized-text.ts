// Picks a store-config text in the customer's language, falling back to the store's default.
import { textIn, type LocalizedText } from '../../../shared/config/localized-text.ts';
import { pseudoLanguage, type Language } from '../../../shared/i18n/languages.ts';
import { pseudoLocalize } from './pseudo-locale.ts';

export function pickText(text: LocalizedText, language: Language, fallback: Language): string {
  // Stores never write pseudo-English: it is made from their English, like the kiosk's own texts.
  if (language === pseudoLanguage && text[language] === undefined) return pseudoLocalize(textIn(text, 'en', fallback));
  return textIn(text, language, fallback);
}
