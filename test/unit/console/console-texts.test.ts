// The console builds some text keys from names (a pause reason, a printer condition, the screen a
// customer was on): every one of them must be there in every language Atiende is translated into.
import { describe, expect, it } from 'vitest';
import { hostErrorCodes } from '../../../shared/host-api/errors.ts';
import { printerStatusSchema } from '../../../shared/host-api/queue-views.ts';
import { helpReasonSchema, pauseReasonSchema } from '../../../shared/host-api/staff-views.ts';
import { translatedLanguages } from '../../../shared/i18n/languages.ts';
import { screenSchema } from '../../../shared/usage/events.ts';
import { alertPlace, alertTitle } from '../../../renderer/console/alerts/alert-text.ts';
import { deskActions } from '../../../renderer/console/counter/desk-store.ts';
import { followUpShortcuts, shortcuts } from '../../../renderer/console/counter/shortcuts.ts';
import { createKioskI18n, localeResources } from '../../../renderer/kit/i18n/create-i18n.ts';

type Texts = { [key: string]: string | Texts };

function textAt(texts: Texts, key: string): string | undefined {
  const found = key.split('.').reduce<string | Texts | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), texts);
  return typeof found === 'string' ? found : undefined;
}

const built = [
  ...['open', 'paused', 'closed'].map((status) => `console.status.${status}`),
  ...pauseReasonSchema.options.map((reason) => `console.pauseReasons.${reason}`),
  ...printerStatusSchema.shape.condition.options.map((condition) => `console.printer.conditions.${condition}`),
  ...helpReasonSchema.options.map((reason) => `console.alerts.${reason}`),
  ...hostErrorCodes.filter((code) => code.startsWith('printer.')).map((code) => `console.alerts.printerProblems.${code.slice('printer.'.length)}`),
  'console.alerts.printerProblems.other',
  ...screenSchema.options.map((screen) => `console.screens.${screen}`),
  ...Object.keys(shortcuts).map((command) => `console.actions.${command}`),
  ...['callNext', 'recall', 'startServing', 'served', 'noShow', 'callTicket', 'transfer', 'open', 'pause', 'close', 'postDelay', 'clearDelay'].map(
    (action) => `console.actions.${action}`,
  ),
  ...Object.keys(followUpShortcuts).map((command) => `console.followUp.${command}`),
  ...deskActions.map((action) => `console.done.${action}`),
  ...['help', 'complaint'].map((kind) => `console.marks.${kind}`),
  ...['expired', 'idle', 'signedOut', 'needStaffId', 'needPin', 'staffId', 'pin'].map((key) => `console.signIn.${key}`),
  ...['unsaid', 'resolved', 'pending'].map((outcome) => `console.servicesGiven.outcomes.${outcome}`),
  ...['service', 'counter'].map((destination) => `console.transfer.${destination}`),
];

describe('the console texts', () => {
  it.each(translatedLanguages)('have in %s every text the console builds from a name', (language) => {
    const texts = localeResources[language].translation as Texts;
    expect(built.filter((key) => textAt(texts, key) === undefined)).toEqual([]);
  });

  it('tell staff what an alert is and where, in their language', () => {
    const english = createKioskI18n('en').t;
    const spanish = createKioskI18n('es').t;
    const help = { id: 'a', kind: 'help', reason: 'preferPerson', kiosk: 'Entrance', screen: 'flow', ticketNumber: 'A007', at: '2026-03-02T10:00:00Z' } as const;
    expect(alertTitle(english, help)).toBe('A customer would prefer a person');
    expect(alertPlace(english, help)).toEqual(['Entrance', 'screen: in a service', 'ticket A007']);
    expect(alertPlace(spanish, help)).toEqual(['Entrance', 'pantalla: dentro de un servicio', 'turno A007']);
    const printer = { id: 'b', kind: 'printer', problem: { code: 'printer.paperOut', params: {} }, ticketNumber: 'A008', at: '2026-03-02T10:00:00Z' } as const;
    expect(alertTitle(spanish, printer)).toBe('La impresora de turnos no tiene papel');
    expect(alertPlace(english, printer)).toEqual(['ticket A008 was shown on screen instead']);
    expect(alertTitle(english, { ...printer, problem: { code: 'host.internal', params: {} } })).toBe('The ticket printer has a problem');
  });
});
