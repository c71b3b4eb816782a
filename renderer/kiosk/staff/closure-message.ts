// What customers read on a kiosk staff closed: staff's own words in each language they wrote, the
// default notice in any other; and the message staff send, from the fields of the closing dialog.
import type { StaffText } from '../../../shared/host-api/staff-views.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import type { KioskClosure } from '../kiosk-status-store.ts';

/** The ready-made messages, each translated in every locale under staffAtKiosk.closeKiosk.presets. */
export const closurePresets = ['moment', 'paper', 'maintenance', 'closingSoon'] as const;

/** The longest message per language the host takes. */
export const closureMessageMaxLength = 200;

export function closureTextIn(closure: KioskClosure, language: Language, defaultText: string): string {
  return closure.message?.[language] ?? defaultText;
}

/** The typed messages, trimmed, empty ones left out; null when staff wrote nothing (the default notice then). */
export function closureMessageOf(typed: Partial<Record<Language, string>>): StaffText | null {
  const written = Object.entries(typed)
    .map(([language, text]) => [language, (text ?? '').trim().slice(0, closureMessageMaxLength)] as const)
    .filter(([, text]) => text !== '');
  return written.length > 0 ? (Object.fromEntries(written) as StaffText) : null;
}
