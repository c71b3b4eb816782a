// The languages Atiende ships translations for; a store enables a subset in its config.
import { z } from 'zod';

export const supportedLanguages = ['es', 'en'] as const;
export const languageSchema = z.enum(supportedLanguages);
export type Language = z.infer<typeof languageSchema>;

/** Names shown on the language screen, each in its own language, so anyone can find theirs. */
export const languageNames: Record<Language, string> = {
  es: 'Español',
  en: 'English',
};
