// The staff audit in a manager's words: each action named, each fact of its detail labelled, coded
// values (a pause's reason, a complaint's outcome, a sign-in's method) and yes/no translated, the
// facts listed as the language lists them; an action or fact a newer host records keeps its id.
import { describe, expect, it } from 'vitest';
import { actionText, detailText } from '../../../renderer/backoffice/audit/audit-pages.ts';
import { createKioskI18n } from '../../../renderer/kit/i18n/create-i18n.ts';

const en = createKioskI18n('en').t;
const es = createKioskI18n('es').t;
const ar = createKioskI18n('ar').t;

describe('the staff audit in words', () => {
  it('names actions, staff actions and the staff file events alike', () => {
    expect(actionText(en, 'queue.callNext')).toBe('Called the next ticket');
    expect(actionText(es, 'counter.pause')).toBe('Pausó un puesto');
    expect(actionText(en, 'staff.signIn')).toBe('Signed in');
    expect(actionText(en, 'kiosk.somethingNew')).toBe('kiosk.somethingNew');
  });

  it('labels each fact and says coded values as the console and the reports do', () => {
    expect(detailText(en, { action: 'queue.callNext', detail: { counter: '1', ticket: 'A012' } })).toBe('Counter: 1, Ticket: A012');
    expect(detailText(en, { action: 'counter.pause', detail: { counter: '2', reason: 'backOffice' } })).toBe('Counter: 2, Reason: Back-office work');
    expect(detailText(es, { action: 'complaints.resolve', detail: { reference: 'R-7K2M', outcome: 'compensated' } })).toBe(
      `Reclamación: R-7K2M, Resultado: ${es('reports.values.outcome.compensated')}`,
    );
    expect(detailText(en, { action: 'staff.pinReset', detail: { pin: true, badge: 'kept' } })).toBe('New PIN: yes, Badge: kept');
    expect(detailText(es, { action: 'staff.signInFailed', detail: { method: 'badge' } })).toBe('Con: tarjeta');
    expect(detailText(en, { action: 'kiosk.setAssisted', detail: { assisted: false } })).toBe('Assisted: no');
  });

  it('lists facts with the language’s own comma, and keeps what it does not know as recorded', () => {
    expect(detailText(ar, { action: 'queue.transfer', detail: { ticket: 'A012', service: 'returns' } })).toBe('التذكرة: A012، الخدمة: returns');
    expect(detailText(en, { action: 'queue.callNext', detail: { shelf: 4 } })).toBe('shelf: 4');
    expect(detailText(en, { action: 'counter.pause', detail: { reason: 'fireDrill' } })).toBe('Reason: fireDrill');
    expect(detailText(en, { action: 'staff.removed', detail: {} })).toBe('');
  });
});
