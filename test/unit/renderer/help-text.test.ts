import { describe, expect, it } from 'vitest';
import { translatedLanguages } from '../../../shared/i18n/languages.ts';
import { staffRoles } from '../../../shared/host-api/staff-views.ts';
import { helpMessage } from '../../../renderer/kiosk/help/help-text.ts';
import { closurePresets } from '../../../renderer/kiosk/staff/closure-message.ts';
import { createKioskI18n } from '../../../renderer/kit/i18n/create-i18n.ts';

describe('what the help dialog tells the customer', () => {
  it('promises someone is coming only when a staff console heard the call', () => {
    expect(helpMessage({ status: 'called', staffTold: true })).toBe('called');
    expect(helpMessage({ status: 'called', staffTold: false })).toBe('notTold');
  });

  it('says it is calling while it calls, sends the customer to the counter when the call failed, and is gone when closed', () => {
    expect(helpMessage({ status: 'calling', staffTold: false })).toBe('calling');
    expect(helpMessage({ status: 'failed', staffTold: false })).toBe('failed');
    expect(helpMessage({ status: 'closed', staffTold: true })).toBeNull();
  });

  it.each(translatedLanguages)('sends the customer to the counter with their number in %s when staff were not told', (language) => {
    const t = createKioskI18n(language).t;
    expect(t('help.notTold.title')).not.toBe(t('help.called.title'));
    expect(t('help.notTold.text', { number: 'A017' })).toContain('A017');
  });
});

describe('the staff texts built from a name', () => {
  it.each(translatedLanguages)('are all in %s: roles, ready-made messages, the lockout countdown', (language) => {
    const i18n = createKioskI18n(language);
    const keys = [
      ...staffRoles.map((role) => `staffAtKiosk.bar.roles.${role}`),
      ...closurePresets.flatMap((preset) => [`staffAtKiosk.closeKiosk.presetNames.${preset}`, `staffAtKiosk.closeKiosk.presets.${preset}`]),
    ];
    expect(keys.filter((key) => !i18n.exists(key))).toEqual([]);
    expect(i18n.t('staffAtKiosk.signIn.tryAgainIn', { count: 12 })).not.toContain('staffAtKiosk');
  });
});
