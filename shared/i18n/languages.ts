// The languages Atiende ships translations for; a store enables a subset in its config.
import { z } from 'zod';

/** Languages a person translated, one file each in assets/locales. */
export const translatedLanguages = ['es', 'en', 'ar', 'fr'] as const;

/**
 * Pseudo-English, generated from English when the kiosk starts: accented, longer and bracketed,
 * so clipped or untranslated text stands out. Only a store config that enables it shows it.
 */
export const pseudoLanguage = 'en-XA';

export const supportedLanguages = [...translatedLanguages, pseudoLanguage] as const;
export const languageSchema = z.enum(supportedLanguages);
export type Language = z.infer<typeof languageSchema>;

/** Names shown on the language screen, each in its own language, so anyone can find theirs. */
export const languageNames: Record<Language, string> = {
  es: 'Español',
  en: 'English',
  ar: 'العربية',
  fr: 'Français',
  'en-XA': 'Ƥšéûðö Éñĝļîšĥ',
};

const rightToLeft: ReadonlySet<string> = new Set<Language>(['ar']);

/** Which way a language's text runs; takes any string because i18next reports languages untyped. */
export function languageDirection(language: string): 'ltr' | 'rtl' {
  return rightToLeft.has(language) ? 'rtl' : 'ltr';
}
