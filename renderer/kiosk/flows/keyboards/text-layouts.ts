// Free-text keyboards per language: each language's own letters (Spanish ñ and accents, French
// AZERTY and accents, the Arabic alphabet), and a Latin layout one touch away where the script is not Latin.
import type { Language } from '../../../../shared/i18n/languages.ts';

export type TextScript = 'latin' | 'arabic';

export interface TextLayout {
  script: TextScript;
  /** Rows of keys, each key one character (or a few, for a ligature a keyboard types at once). */
  rows: readonly (readonly string[])[];
}

const keys = (row: string): string[] => [...row];
const digits = keys('1234567890');

const english: TextLayout = {
  script: 'latin',
  rows: [digits, keys('qwertyuiop'), keys("asdfghjkl'"), keys('zxcvbnm,.?')],
};

const layouts: Record<Language, TextLayout> = {
  en: english,
  'en-XA': english,
  es: { script: 'latin', rows: [digits, keys('qwertyuiop'), keys('asdfghjklñ'), keys('zxcvbnm,.?'), keys('áéíóúü¿¡')] },
  fr: { script: 'latin', rows: [digits, keys('azertyuiop'), keys('qsdfghjklm'), keys("wxcvbn,.?'"), keys('éèêàâçùôîë')] },
  ar: {
    script: 'arabic',
    rows: [digits, keys('ضصثقفغعهخحجد'), keys('شسيبلاتنمكط'), keys('ئءؤرىةوزظذ'), keys('أإآ،؟.')],
  },
};

/** The free-text layout for the customer's language, or its Latin one when they switched to it. */
export function textLayout(language: Language, latin: boolean): TextLayout {
  const own = layouts[language];
  return latin && own.script !== 'latin' ? english : own;
}

/** Whether the language's own letters are not Latin, so the keyboard offers a switch. */
export function hasOtherScript(language: Language): boolean {
  return layouts[language].script !== 'latin';
}
