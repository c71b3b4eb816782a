// Staff read the staff bar and its dialogs in the store's own language, whatever language the
// customer at the kiosk chose: a translator of their own, sharing the kiosk's texts.
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { languageDirection } from '../../../shared/i18n/languages.ts';
import { useKioskSlice } from '../kiosk-context.ts';
import { profileOf } from '../kiosk-status-store.ts';

export function StaffLanguage({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = useKioskSlice('status', (status) => profileOf(status)?.languages.default ?? 'es');
  const staffI18n = useMemo(() => i18n.cloneInstance({ lng: language }), [i18n, language]);
  return <I18nextProvider i18n={staffI18n}>{children}</I18nextProvider>;
}

/** The lang and dir attributes for a staff element's root, so screen readers and layout follow the staff language. */
export function useStaffLanguageAttributes(): { lang: string; dir: 'ltr' | 'rtl' } {
  const { i18n } = useTranslation();
  return { lang: i18n.language, dir: languageDirection(i18n.language) };
}
