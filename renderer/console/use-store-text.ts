// Store texts (service names, delay reasons) in the staff member's language, else the store's default.
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../shared/config/localized-text.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { pickText } from '../kit/i18n/localized-text.ts';
import { useConsoleSlice } from './console-context.ts';

export function useStoreText(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  const fallback = useConsoleSlice('queue', (queue) => queue.profile?.languages.default ?? 'es');
  return (text) => pickText(text, i18n.language as Language, fallback);
}

/** A clock time as staff read it, in their language: "10:42". */
export function useClockTime(): (iso: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' });
  return (iso) => {
    const at = Date.parse(iso);
    return Number.isFinite(at) ? format.format(at) : '';
  };
}
