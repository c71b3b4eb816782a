// What the host refuses before it runs a flow's action: flows a session may not use, values that
// break the flow's own rules, flows and steps it does not have.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { patternFallbackJsFlag } from '../../../shared/flows/pattern-engine.ts';
import { call, openSession, resultOf, runAction, tableRowCounts } from '../../fixtures/host.ts';
import { enterNumberStep, flowFixture, infoStep, orderPickupFlow, reviewStep, scanStep, seeStaffFlow } from '../../fixtures/flows.ts';
import { storeConfigFixture, type StoreConfigInput } from '../../fixtures/store-config.ts';
import { tempHost, type TempHost } from '../../fixtures/temp-host.ts';

const hostFor = (config: StoreConfigInput = storeConfigFixture()): TempHost => tempHost({ config });

/** Pays a bill found by its EAN-13 barcode; and a tip jar that takes amounts to the cent. */
const billFlow = flowFixture('bill-payment', [
  scanStep({
    id: 'bill',
    field: 'billReference',
    keyboard: 'digits',
    action: 'bill.find',
    rules: { normalize: 'digits', minLength: 13, maxLength: 13, checkDigit: 'ean13' },
  }),
  reviewStep({ action: 'bill.registerPayment' }),
]);
const codeFlow = orderPickupFlow({
  steps: [
    scanStep({ action: 'order.find', rules: { normalize: 'upperAlphanumeric', pattern: '^[A-Z]{2}\\d{4}$', minLength: 6, maxLength: 6 } }),
    infoStep(),
  ],
});
const pickup = { flowId: 'order-pickup', stepId: 'code' };

/**
 * A pattern that backtracks without end: against 40 letters and a digit, V8's backtracking engine
 * would try 2^40 ways of splitting the letters, minutes with the host's one thread held.
 */
const runawayPattern = '^([A-Z]+)+$';
const runawayValue = `${'A'.repeat(40)}7`;

describe('pilot and assisted-only flows', () => {
  const pilotStore = (share: number) => storeConfigFixture({ pilots: { share }, flows: [orderPickupFlow({ pilot: true }), seeStaffFlow()] });

  it('refuses a pilot flow to a session outside the pilot share, even for practice', async () => {
    const target = hostFor(pilotStore(0)).host;
    const { sessionId, seesPilots } = await resultOf(target, 'session.start', { language: 'es' });
    expect(seesPilots).toBe(false);
    for (const practice of [false, true]) {
      expect(await runAction(target, sessionId, pickup, { orderCode: 'K7M2QX' }, practice)).toMatchObject({
        ok: false,
        error: { code: 'flow.notAvailable' },
      });
    }
  });

  it('runs a pilot flow for a session in the pilot share and tags its usage as pilot', async () => {
    const target = hostFor(pilotStore(1)).host;
    const { sessionId, seesPilots } = await resultOf(target, 'session.start', { language: 'es' });
    expect(seesPilots).toBe(true);
    expect(await runAction(target, sessionId, pickup, { orderCode: 'K7M2QX' })).toMatchObject({ ok: true });
    expect(target.usageLog.read().map((stored) => stored.event)).toContainEqual({
      type: 'action.completed',
      flowId: 'order-pickup',
      action: 'order.find',
      pilot: true,
    });
  });

  it('keeps flows that are not pilots open to every session', async () => {
    const target = hostFor(pilotStore(0)).host;
    const sessionId = await openSession(target);
    expect(await runAction(target, sessionId, { flowId: 'see-staff', stepId: 'service' }, { queueService: 'advice' })).toMatchObject({ ok: true });
  });

  it('refuses an assisted-only flow while the kiosk is in self-service', async () => {
    const target = hostFor(storeConfigFixture({ flows: [orderPickupFlow({ assistedOnly: true })] })).host;
    const sessionId = await openSession(target);
    expect(await runAction(target, sessionId, pickup, { orderCode: 'K7M2QX' })).toMatchObject({
      ok: false,
      error: { code: 'flow.notAvailable' },
    });
  });
});

describe('values the host checks again', () => {
  it('refuses a code that breaks the pattern, naming the field', async () => {
    const target = hostFor(storeConfigFixture({ flows: [codeFlow] })).host;
    const sessionId = await openSession(target);
    expect(await runAction(target, sessionId, pickup, { orderCode: 'ABC123' })).toEqual({
      id: 1,
      ok: false,
      error: { code: 'flow.invalidValue', params: { field: 'orderCode' } },
    });
  });

  it('refuses a barcode with a mistyped digit before looking for the bill', async () => {
    const target = hostFor(storeConfigFixture({ flows: [billFlow] })).host;
    const sessionId = await openSession(target);
    const at = { flowId: 'bill-payment', stepId: 'bill' };
    expect(await runAction(target, sessionId, at, { billReference: '8420001001238' })).toMatchObject({
      ok: false,
      error: { code: 'flow.invalidValue', params: { field: 'billReference' } },
    });
    expect(await runAction(target, sessionId, at, { billReference: '8420001001233' })).toMatchObject({ ok: true });
  });

  it('refuses a choice the step does not offer', async () => {
    const target = hostFor().host;
    const sessionId = await openSession(target);
    expect(await runAction(target, sessionId, { flowId: 'see-staff', stepId: 'service' }, { queueService: 'complaints' })).toMatchObject({
      ok: false,
      error: { code: 'flow.invalidValue', params: { field: 'queueService' } },
    });
  });

  it('refuses an amount with more decimals than its step allows', async () => {
    const tipFlow = flowFixture('tip', [
      scanStep({ field: 'phoneNumber', rules: { normalize: 'digits', minLength: 9, maxLength: 9 } }),
      enterNumberStep({ decimals: 2, action: 'topup.register' }),
    ]);
    const target = hostFor(storeConfigFixture({ flows: [tipFlow] })).host;
    const sessionId = await openSession(target);
    const at = { flowId: 'tip', stepId: 'amount' };
    expect(await runAction(target, sessionId, at, { phoneNumber: '612345678', amount: '12.505' })).toMatchObject({
      ok: false,
      error: { code: 'flow.invalidValue', params: { field: 'amount' } },
    });
    expect(await runAction(target, sessionId, at, { phoneNumber: '612345678', amount: '12.50' })).toMatchObject({ ok: true });
  });

  it('refuses to act when a value the action reads is missing altogether', async () => {
    const { host: target, store } = hostFor();
    const sessionId = await openSession(target);
    const before = tableRowCounts(store.dataDir);
    const reply = await runAction(target, sessionId, { flowId: 'complaint', stepId: 'review' }, { complaintCategory: 'service', contactWanted: 'no' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'flow.invalidValue', params: { field: 'complaintText' } } });
    expect(tableRowCounts(store.dataDir)).toEqual(before);
  });

  it('writes nothing when a value is refused', async () => {
    const { host: target, store } = hostFor();
    const sessionId = await openSession(target);
    const before = tableRowCounts(store.dataDir);
    await runAction(target, sessionId, { flowId: 'order-pickup', stepId: 'review' }, { orderCode: 'K7M2' });
    await runAction(target, sessionId, { flowId: 'see-staff', stepId: 'service' }, { queueService: 'nobody' });
    expect(tableRowCounts(store.dataDir)).toEqual(before);
  });

  it('refuses values too long for any field at the door', async () => {
    const target = hostFor().host;
    const sessionId = await openSession(target);
    expect(await runAction(target, sessionId, pickup, { orderCode: 'K'.repeat(1001) })).toMatchObject({
      ok: false,
      error: { code: 'request.invalidInput', params: { method: 'flow.runAction' } },
    });
  });
});

describe('flows and steps the host does not have', () => {
  it('answers flow.unknown for a flow the store does not offer', async () => {
    const target = hostFor().host;
    const sessionId = await openSession(target);
    expect(await runAction(target, sessionId, { flowId: 'mobile-topup', stepId: 'review' }, {})).toMatchObject({
      ok: false,
      error: { code: 'flow.unknown' },
    });
  });

  it('answers flow.unknown for a step the flow does not have, or one that runs no action', async () => {
    const target = hostFor().host;
    const sessionId = await openSession(target);
    for (const stepId of ['pay', 'done']) {
      expect(await runAction(target, sessionId, { flowId: 'order-pickup', stepId }, { orderCode: 'K7M2QX' })).toMatchObject({
        ok: false,
        error: { code: 'flow.unknown' },
      });
    }
  });

  it('logs a failed action by its code only', async () => {
    const target = hostFor().host;
    const sessionId = await openSession(target);
    await runAction(target, sessionId, pickup, { orderCode: 'QQQ111' });
    expect(target.usageLog.read().at(-1)?.event).toEqual({
      type: 'action.failed',
      flowId: 'order-pickup',
      action: 'order.find',
      code: 'order.notFound',
    });
    expect(await call(target, 'session.end', { sessionId, reason: 'cancelled' })).toMatchObject({ ok: true });
  });
});

describe('a store pattern that backtracks without end', () => {
  it('is finished by V8’s linear engine once the host is made: the value is refused at once, and the host answers on', async () => {
    const runaway = orderPickupFlow({
      steps: [scanStep({ action: 'order.find', rules: { normalize: 'upperAlphanumeric', pattern: runawayPattern, minLength: 1, maxLength: 64 } }), infoStep()],
    });
    const target = hostFor(storeConfigFixture({ flows: [runaway] })).host;
    const sessionId = await openSession(target);
    expect(await runAction(target, sessionId, pickup, { orderCode: runawayValue })).toMatchObject({ ok: false, error: { code: 'flow.invalidValue' } });
    expect(await runAction(target, sessionId, pickup, { orderCode: 'ABCDEF' })).toMatchObject({ ok: false, error: { code: 'order.notFound' } });
  });

  it('holds a process without the flag: the same match, left to the backtracking engine, is still running after 3 s', () => {
    // Run apart, so the hang is the child's: the proof that the test above could fail.
    const script = `new RegExp(${JSON.stringify(runawayPattern)}).test(${JSON.stringify(runawayValue)}); console.log('done')`;
    const child = spawnSync(process.execPath, ['-e', script], { timeout: 3_000, encoding: 'utf8' });
    expect(child.signal).toBe('SIGTERM');
    expect(child.stdout).toBe('');
    const fast = spawnSync(process.execPath, [patternFallbackJsFlag, '-e', script], { timeout: 15_000, encoding: 'utf8' });
    expect(fast.stdout.trim()).toBe('done');
  });
});
