// A hook that reads store-config texts in the customer's language, falling back to the store's.
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../shared/config/localized-text.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { useKioskSlice } from './kiosk-context.ts';
import { profileOf } from './kiosk-status-store.ts';
import { pickText } from '../kit/i18n/localized-text.ts';

export function useText(): (text: LocalizedText | undefined) => string {
  const { i18n } = useTranslation();
  const fallback = useKioskSlice('status', (status) => profileOf(status)?.languages.default ?? 'es');
  return (text) => (text ? pickText(text, i18n.language as Language, fallback) : '');
}
