// Keeps <html lang> and dir in step with the displayed language, so screen readers pick the right
// voice and right-to-left languages lay out correctly when they are added.
import type { i18n } from 'i18next';

export function followDocumentLanguage(translator: i18n, root: HTMLElement): () => void {
  function apply(language: string): void {
    root.lang = language;
    root.dir = translator.dir(language);
  }
  apply(translator.language);
  translator.on('languageChanged', apply);
  return () => translator.off('languageChanged', apply);
}
