// Picks a store-config text in the customer's language, falling back to the store's default.
import type { LocalizedText } from '../../shared/config/store-config.ts';
import { supportedLanguages, type Language } from '../../shared/i18n/languages.ts';

export function pickText(text: LocalizedText, language: Language, fallback: Language): string {
  return (
    text[language] ??
    text[fallback] ??
    supportedLanguages.map((other) => text[other]).find((found) => found !== undefined) ??
    ''
  );
}
