// The demo store's actions, run through the host's dispatcher on a real SQLite file.
import { describe, expect, it } from 'vitest';
import type { Host } from '../../../electron/host/create-host.ts';
import type { Fact } from '../../../shared/flows/flow-actions.ts';
import { clockAt, exampleStoreCopy, localNoon, openSession, readDatabase, runAction, type Clock } from '../../fixtures/host.ts';
import { tempHost, type TempHost } from '../../fixtures/temp-host.ts';

/** The demo store, with every session seeing its pilot flows (the top-up is one). */
async function demoKiosk(clock?: Clock): Promise<{ host: Host; sessionId: string; kiosk: TempHost }> {
  // Its tests take more tickets in one visit than the store lets a customer take.
  const store = exampleStoreCopy('demo', { 'pilots.share': 1, 'queue.ticketLimits': { perSession: 10, perMinute: 30 } });
  const kiosk = tempHost({ store, ...(clock ? { now: clock.now } : {}) });
  return { host: kiosk.host, sessionId: await openSession(kiosk.host), kiosk };
}

/** The same kiosk started again on its files, with a new customer. */
async function restarted(kiosk: TempHost): Promise<{ host: Host; sessionId: string }> {
  const host = kiosk.restart();
  return { host, sessionId: await openSession(host) };
}

async function factsOf(reply: Promise<Awaited<ReturnType<typeof runAction>>>): Promise<Fact[]> {
  const settled = await reply;
  if (!settled.ok) throw new Error(`action failed: ${settled.error.code}`);
  return (settled.result as { facts: Fact[] }).facts;
}

function factValue(facts: Fact[], id: Fact['id']): Fact['value'] | undefined {
  return facts.find((fact) => fact.id === id)?.value;
}

const step = (flowId: string, stepId: string) => ({ flowId, stepId });

describe('order pickup', () => {
  it('finds a ready order and says how many items wait where', async () => {
    const { host, sessionId } = await demoKiosk();
    const facts = await factsOf(runAction(host, sessionId, step('order-pickup', 'code'), { orderCode: 'h3n8-rw' }));
    expect(facts).toEqual([
      { id: 'itemCount', value: 5, kind: 'count' },
      {
        id: 'collectionPoint',
        value: { es: 'Mostrador de recogida 1', en: 'Pickup counter 1', ar: 'مكتب الاستلام 1', fr: 'Comptoir de retrait 1' },
        kind: 'text',
      },
    ]);
  });

  it('answers order.notFound for a well-formed code no order has', async () => {
    const { host, sessionId } = await demoKiosk();
    expect(await runAction(host, sessionId, step('order-pickup', 'code'), { orderCode: 'ZZZ999' })).toMatchObject({
      ok: false,
      error: { code: 'order.notFound' },
    });
  });

  it('refuses a second pickup of the same order', async () => {
    const { host, sessionId } = await demoKiosk();
    await factsOf(runAction(host, sessionId, step('order-pickup', 'review'), { orderCode: 'Z2D6FC' }));
    expect(await runAction(host, sessionId, step('order-pickup', 'review'), { orderCode: 'Z2D6FC' })).toMatchObject({
      ok: false,
      error: { code: 'order.alreadyCollected' },
    });
  });
});

describe('product returns', () => {
  it('registers a return with a reference a customer can read out, keeping the reason but not the code', async () => {
    const { host, sessionId, kiosk } = await demoKiosk();
    const facts = await factsOf(
      runAction(host, sessionId, step('product-return', 'review'), { orderCode: 'B4T9LP', returnReason: 'damaged' }),
    );
    const reference = String(factValue(facts, 'returnNumber'));
    expect(reference).toMatch(/^R-[2-9A-HJ-NP-Z]{6}$/);
    const rows = readDatabase(kiosk.store.dataDir, (db) => db.prepare('SELECT * FROM flow_records').all());
    expect(rows).toEqual([expect.objectContaining({ reference, kind: 'return', detail: 'damaged' })]);
    expect(JSON.stringify(rows)).not.toContain('B4T9LP');
  });

  it('refuses a return of an order the store does not know', async () => {
    const { host, sessionId } = await demoKiosk();
    expect(
      await runAction(host, sessionId, step('product-return', 'review'), { orderCode: 'ZZZ999', returnReason: 'other' }),
    ).toMatchObject({ ok: false, error: { code: 'order.notFound' } });
  });

  it('refuses a reason the return flow does not offer', async () => {
    const { host, sessionId } = await demoKiosk();
    expect(
      await runAction(host, sessionId, step('product-return', 'review'), { orderCode: 'B4T9LP', returnReason: 'bored' }),
    ).toMatchObject({ ok: false, error: { code: 'flow.invalidValue', params: { field: 'returnReason' } } });
  });
});

describe('bill payment', () => {
  it('finds a bill by its barcode and shows payee, amount and due date', async () => {
    const { host, sessionId } = await demoKiosk();
    const facts = await factsOf(runAction(host, sessionId, step('bill-payment', 'bill'), { billReference: '842 0002 004561' }));
    expect(facts).toEqual([
      { id: 'payee', value: 'Eléctrica Norte', kind: 'text' },
      { id: 'amount', value: '71.05', kind: 'money', currency: 'EUR' },
      { id: 'dueDate', value: '2026-12-05', kind: 'date' },
    ]);
  });

  it('answers bill.notFound for a valid barcode that is not a bill here', async () => {
    const { host, sessionId } = await demoKiosk();
    expect(await runAction(host, sessionId, step('bill-payment', 'bill'), { billReference: '4006381333931' })).toMatchObject({
      ok: false,
      error: { code: 'bill.notFound' },
    });
  });

  it('prepares one payment slip per bill and then answers bill.alreadyPaid', async () => {
    const { host, sessionId } = await demoKiosk();
    const bill = { billReference: '8420003007899' };
    const facts = await factsOf(runAction(host, sessionId, step('bill-payment', 'review'), bill));
    expect(factValue(facts, 'paymentReference')).toMatch(/^P-[2-9A-HJ-NP-Z]{6}$/);
    expect(facts).toContainEqual({ id: 'amount', value: '24.00', kind: 'money', currency: 'EUR' });
    for (const stepId of ['bill', 'review']) {
      expect(await runAction(host, sessionId, step('bill-payment', stepId), bill)).toMatchObject({
        ok: false,
        error: { code: 'bill.alreadyPaid' },
      });
    }
  });
});

describe('mobile top-up', () => {
  it('prepares a top-up slip that shows only the last three digits of the number', async () => {
    const { host, sessionId, kiosk } = await demoKiosk();
    const facts = await factsOf(
      runAction(host, sessionId, step('mobile-topup', 'review'), { phoneNumber: '612 345 678', amount: '20' }),
    );
    expect(factValue(facts, 'paymentReference')).toMatch(/^T-/);
    expect(facts).toContainEqual({ id: 'phoneNumber', value: '•••• 678', kind: 'code' });
    expect(facts).toContainEqual({ id: 'amount', value: '20', kind: 'money', currency: 'EUR' });
    const rows = readDatabase(kiosk.store.dataDir, (db) => db.prepare('SELECT kind, amount, subject_hash FROM flow_records').all());
    expect(rows).toEqual([{ kind: 'topup', amount: '20', subject_hash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
  });

  it('refuses an amount outside the range the store set', async () => {
    const { host, sessionId } = await demoKiosk();
    expect(
      await runAction(host, sessionId, step('mobile-topup', 'review'), { phoneNumber: '612345678', amount: '500' }),
    ).toMatchObject({ ok: false, error: { code: 'flow.invalidValue', params: { field: 'amount' } } });
  });
});

describe('queue tickets', () => {
  async function take(target: { host: Host; sessionId: string }, queueService: string): Promise<string> {
    const facts = await factsOf(runAction(target.host, target.sessionId, step('see-staff', 'service'), { queueService }));
    return String(factValue(facts, 'ticketNumber'));
  }

  it('numbers tickets per service: A001, A002 for one, B001 for the next, each on its own count', async () => {
    const kiosk = await demoKiosk();
    expect(await take(kiosk, 'customer-service')).toBe('A001');
    expect(await take(kiosk, 'customer-service')).toBe('A002');
    expect(await take(kiosk, 'product-advice')).toBe('B001');
    expect(await take(kiosk, 'customer-service')).toBe('A003');
  });

  it('names the queue service on the ticket in every language', async () => {
    const { host, sessionId } = await demoKiosk();
    const facts = await factsOf(runAction(host, sessionId, step('see-staff', 'service'), { queueService: 'product-advice' }));
    expect(facts).toContainEqual({
      id: 'queueService',
      value: { es: 'Asesoramiento de producto', en: 'Product advice', ar: 'استشارات المنتجات', fr: 'Conseil produit' },
      kind: 'text',
    });
  });

  it('keeps ticket numbers after a restart', async () => {
    const first = await demoKiosk();
    await take(first, 'customer-service');
    await take(await restarted(first.kiosk), 'customer-service');
    expect(await take(await restarted(first.kiosk), 'customer-service')).toBe('A003');
  });

  it("starts numbering again from 001 on the store's next day", async () => {
    const clock = clockAt(localNoon(2026, 11, 23));
    const kiosk = await demoKiosk(clock);
    await take(kiosk, 'customer-service');
    expect(await take(kiosk, 'customer-service')).toBe('A002');
    clock.set(new Date(localNoon(2026, 11, 23).getTime() + 11 * 60 * 60 * 1000 + 59 * 60 * 1000));
    expect(await take(kiosk, 'customer-service')).toBe('A003');
    clock.set(localNoon(2026, 11, 24));
    expect(await take(kiosk, 'customer-service')).toBe('A001');
    expect(await take(await restarted(kiosk.kiosk), 'customer-service')).toBe('A002');
  });

  it('shares the help queue numbering with tickets taken in a flow', async () => {
    const kiosk = await demoKiosk();
    await take(kiosk, 'customer-service');
    const reply = await kiosk.host.dispatch({ id: 1, method: 'help.request', input: { sessionId: kiosk.sessionId, screen: 'home' } }, { role: 'customer' });
    expect(reply).toMatchObject({ ok: true, result: { ticket: { number: 'A002' } } });
  });
});

describe('complaints', () => {
  const complaint = { complaintCategory: 'service', complaintText: 'Nadie atendía en el mostrador' };

  it('files a complaint with a ticket for the complaints queue and a reference', async () => {
    const { host, sessionId } = await demoKiosk();
    const facts = await factsOf(runAction(host, sessionId, step('complaint', 'review'), { ...complaint, contactWanted: 'no' }));
    expect(factValue(facts, 'complaintReference')).toMatch(/^C-[2-9A-HJ-NP-Z]{6}$/);
    expect(factValue(facts, 'ticketNumber')).toBe('C001');
    expect(factValue(facts, 'contactKeptDays')).toBeUndefined();
  });

  it('keeps contact details only when the customer asked to be contacted, and says for how long', async () => {
    const { host, sessionId, kiosk } = await demoKiosk();
    const wanted = await factsOf(
      runAction(host, sessionId, step('complaint', 'review'), { ...complaint, contactWanted: 'yes', contactDetails: 'ana@example.com' }),
    );
    expect(wanted).toContainEqual({ id: 'contactKeptDays', value: 30, kind: 'count' });
    // Typed, then changed their mind: the details still arrive, and must not be kept.
    await factsOf(
      runAction(host, sessionId, step('complaint', 'review'), { ...complaint, contactWanted: 'no', contactDetails: 'luis@example.com' }),
    );
    const rows = readDatabase(kiosk.store.dataDir, (db) =>
      db.prepare('SELECT ticket_number, contact FROM complaints ORDER BY ticket_number').all(),
    );
    expect(rows).toEqual([
      { ticket_number: 'C001', contact: 'ana@example.com' },
      { ticket_number: 'C002', contact: null },
    ]);
  });

  it('refuses a complaint too short to act on', async () => {
    const { host, sessionId } = await demoKiosk();
    expect(
      await runAction(host, sessionId, step('complaint', 'review'), { ...complaint, complaintText: 'mal', contactWanted: 'no' }),
    ).toMatchObject({ ok: false, error: { code: 'flow.invalidValue', params: { field: 'complaintText' } } });
  });
});
