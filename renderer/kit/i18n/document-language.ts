// Keeps <html lang> and dir in step with the displayed language, so screen readers pick the right
// voice and the whole layout mirrors for a right-to-left language.
import type { i18n } from 'i18next';
import { languageDirection } from '../../../shared/i18n/languages.ts';

/** The two attributes the kiosk sets on <html>; an interface so tests can hand in a plain object. */
export interface DocumentRoot {
  lang: string;
  dir: string;
}

export function followDocumentLanguage(translator: i18n, root: DocumentRoot): () => void {
  function apply(language: string): void {
    root.lang = language;
    // Our own table, not i18next's guess: the stylesheets and the language screen read the same one.
    root.dir = languageDirection(language);
  }
  apply(translator.language);
  translator.on('languageChanged', apply);
  return () => translator.off('languageChanged', apply);
}
