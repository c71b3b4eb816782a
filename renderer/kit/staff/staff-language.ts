// The language a staff page (the counter console, the back office) opens in: the one this browser
// last chose, else the browser's own when Atiende is translated into it, else Spanish. The staff
// member's, never the store's default.
import { translatedLanguages } from '../../../shared/i18n/languages.ts';

export type StaffLanguage = (typeof translatedLanguages)[number];

export function isStaffLanguage(value: string | null): value is StaffLanguage {
  return (translatedLanguages as readonly (string | null)[]).includes(value);
}

export function firstLanguage(remembered: string | null, browserLanguages: readonly string[]): StaffLanguage {
  if (isStaffLanguage(remembered)) return remembered;
  for (const tag of browserLanguages) {
    // "es-ES" and "en-GB" are Spanish and English: the base language is what is translated.
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isStaffLanguage(base)) return base;
  }
  return 'es';
}
