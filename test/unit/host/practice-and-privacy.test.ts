// Practice runs change nothing anywhere; real runs leave nothing a customer typed in the usage log.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Host } from '../../../electron/host/create-host.ts';
import { practiceValues } from '../../../shared/flows/flow-engine.ts';
import { flowSchema, type Flow } from '../../../shared/flows/flow-schema.ts';
import { exampleStoreCopy, openSession, resultOf, runAction, tableRowCounts } from '../../fixtures/host.ts';
import { tempHost } from '../../fixtures/temp-host.ts';

async function exampleKiosk(name = 'demo'): Promise<{ host: Host; sessionId: string; flows: Flow[]; dataDir: string }> {
  const { host, store } = tempHost({ store: exampleStoreCopy(name, { 'pilots.share': 1 }) });
  const flows = (JSON.parse(readFileSync(store.configFile, 'utf8')) as { flows: unknown[] }).flows.map((flow) => flowSchema.parse(flow));
  return { host, sessionId: await openSession(host), flows, dataDir: store.dataDir };
}
const demoKiosk = () => exampleKiosk('demo');

const recordedByActions = new Set(['action.completed', 'action.failed', 'ticket.issued', 'complaint.filed']);

describe('a practice run', () => {
  it.each(['demo', 'pharmacy'])('answers every action of the %s store with its sample values and writes nothing to any table', async (name) => {
    const { host, sessionId, flows, dataDir } = await exampleKiosk(name);
    // Staff's assisted mode opens the assisted-only flows too, so every flow is practised.
    await resultOf(host, 'kiosk.setAssisted', { assisted: true });
    const before = tableRowCounts(dataDir);
    const practised: string[] = [];
    for (const flow of flows) {
      for (const step of flow.steps.filter((each) => each.action)) {
        const reply = await runAction(host, sessionId, { flowId: flow.id, stepId: step.id }, practiceValues(flow, (text) => text.en ?? ''), true);
        expect(reply, `${flow.id}/${step.id}`).toMatchObject({ ok: true, result: { facts: expect.any(Array) } });
        practised.push(step.action!);
      }
    }
    expect(practised.length).toBeGreaterThanOrEqual(4);
    expect(tableRowCounts(dataDir)).toEqual(before);
    expect(host.usageLog.read().filter((stored) => recordedByActions.has(stored.event.type))).toEqual([]);
  });

  it('lets the same order be practised over and over, and still collected for real afterwards', async () => {
    const { host, sessionId } = await demoKiosk();
    const collect = { flowId: 'order-pickup', stepId: 'review' };
    for (let round = 0; round < 3; round += 1) {
      expect(await runAction(host, sessionId, collect, { orderCode: 'K7M2QX' }, true)).toMatchObject({ ok: true });
    }
    expect(await runAction(host, sessionId, collect, { orderCode: 'K7M2QX' })).toMatchObject({ ok: true });
  });

  it('shows a sample ticket of the chosen service, not a number someone else will be called by', async () => {
    const { host, sessionId } = await demoKiosk();
    const reply = await runAction(host, sessionId, { flowId: 'see-staff', stepId: 'service' }, { queueService: 'product-advice' }, true);
    expect(reply).toMatchObject({ ok: true, result: { facts: [{ id: 'ticketNumber', value: 'B000' }, { id: 'queueService' }] } });
  });

  it('still checks the values it is given', async () => {
    const { host, sessionId } = await demoKiosk();
    const reply = await runAction(host, sessionId, { flowId: 'bill-payment', stepId: 'bill' }, { billReference: '8420001001234' }, true);
    expect(reply).toMatchObject({ ok: false, error: { code: 'flow.invalidValue', params: { field: 'billReference' } } });
  });
});

describe('the usage log after real runs of every demo flow', () => {
  const typed = {
    orderCodes: ['ZZZ999', 'K7M2QX', 'B4T9LP'],
    billReferences: ['8420002004561', '4006381333931'],
    phoneNumber: '699111222',
    complaintText: 'El dependiente fue muy maleducado',
    contactDetails: 'ana.garcia@example.com',
  };

  it('holds what happened, by flow and action, and nothing any customer typed', async () => {
    const { host, sessionId } = await demoKiosk();
    const run = (flowId: string, stepId: string, values: Record<string, string>) => runAction(host, sessionId, { flowId, stepId }, values);
    await run('order-pickup', 'code', { orderCode: 'zzz-999' });
    await run('order-pickup', 'review', { orderCode: 'k7m2qx' });
    await run('product-return', 'review', { orderCode: 'B4T9LP', returnReason: 'wrongItem' });
    await run('bill-payment', 'review', { billReference: '8420002004561' });
    await run('bill-payment', 'bill', { billReference: '4006381333931' });
    await run('mobile-topup', 'review', { phoneNumber: '699 111 222', amount: '15' });
    await run('complaint', 'review', {
      complaintCategory: 'service',
      complaintText: typed.complaintText,
      contactWanted: 'yes',
      contactDetails: typed.contactDetails,
    });

    const events = host.usageLog.read().map((stored) => stored.event);
    expect(events.filter((event) => event.type === 'action.completed')).toHaveLength(5);
    expect(events).toContainEqual({ type: 'action.failed', flowId: 'bill-payment', action: 'bill.find', code: 'bill.notFound' });
    expect(events).toContainEqual({ type: 'complaint.filed', category: 'service', contactWanted: true });
    expect(events).toContainEqual({ type: 'action.completed', flowId: 'mobile-topup', action: 'topup.register', pilot: true });

    const logged = JSON.stringify(host.usageLog.read()).toUpperCase();
    const secrets = [
      ...typed.orderCodes,
      ...typed.billReferences,
      typed.phoneNumber,
      '111222',
      typed.complaintText,
      'maleducado',
      typed.contactDetails,
      'ana.garcia',
    ];
    for (const secret of secrets) expect(logged, secret).not.toContain(secret.toUpperCase());
  });
});
