// A text a customer reads, given once per language; and the walk that finds every such text.
import { z } from 'zod';
import { languageSchema, pseudoLanguage, supportedLanguages, type Language } from '../i18n/languages.ts';
import { textLimits } from './limits.ts';

export const localizedTextSchema = z
  .partialRecord(languageSchema, z.string().trim().min(1))
  .describe('A text per language code, e.g. { "es": "Recoger pedido", "en": "Collect an order" }');
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A title, name, label or button in a store config: a line or two on screen. */
export const titleTextSchema = z
  .partialRecord(languageSchema, z.string().trim().min(1).max(textLimits.title))
  .describe(`A short text per language code (at most ${textLimits.title} characters each), e.g. { "es": "Recoger pedido", "en": "Collect an order" }`);

/** A paragraph in a store config: a lead, a body, a rule, a tutorial mark. */
export const bodyTextSchema = z
  .partialRecord(languageSchema, z.string().trim().min(1).max(textLimits.body))
  .describe(`A text per language code (at most ${textLimits.body} characters each), e.g. { "es": "Le llamaremos.", "en": "We will call you." }`);

const languageCodes: ReadonlySet<string> = new Set(supportedLanguages);

function isLocalizedText(value: unknown): value is LocalizedText {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => languageCodes.has(key));
}

/** The text in `language`, else in the store's `fallback`, else in any language it has. */
export function textIn(text: LocalizedText, language: Language, fallback: Language): string {
  return text[language] ?? text[fallback] ?? supportedLanguages.map((other) => text[other]).find((found) => found !== undefined) ?? '';
}

/** Every localized text in a parsed config that lacks one of the enabled languages, with its path. */
export function textsMissingLanguages(
  config: unknown,
  enabled: readonly Language[],
  path: (string | number)[] = [],
): { path: (string | number)[]; language: Language }[] {
  if (isLocalizedText(config)) {
    // Pseudo-English is never asked for: the kiosk makes it from the English text.
    return enabled
      .filter((language) => language !== pseudoLanguage && !config[language])
      .map((language) => ({ path: [...path, language], language }));
  }
  if (Array.isArray(config)) return config.flatMap((item, index) => textsMissingLanguages(item, enabled, [...path, index]));
  if (config !== null && typeof config === 'object') {
    return Object.entries(config).flatMap(([key, value]) => textsMissingLanguages(value, enabled, [...path, key]));
  }
  return [];
}
