// The renderer's flow actions on the demo store's own flows: branches, rules and pilots as a
// store would configure them, against a real host.
import { describe, expect, it } from 'vitest';
import { flowSchema } from '../../../shared/flows/flow-schema.ts';
import { chooseFlow, edit, goBack, goOn, startFlow, tidyWhileTyping } from '../../../renderer/kiosk/flows/flow-actions.ts';
import { activeFlow, audienceOf, offeredFlows } from '../../../renderer/kiosk/kiosk-selectors.ts';
import { profileOf } from '../../../renderer/kiosk/kiosk-status-store.ts';
import { flowFixture, infoStep } from '../../fixtures/flows.ts';
import { exampleStoreCopy, resultOf } from '../../fixtures/host.ts';
import { applyKioskState } from '../../../renderer/kiosk/connect-kiosk.ts';
import { customerAtHome, type KioskFixture } from './kiosk-fixture.ts';

/** A customer at home on a copy of the demo store where every session (or none) sees pilots. */
async function atDemoHome(seesPilots = false, changes: Record<string, unknown> = {}): Promise<KioskFixture> {
  const fixture = await customerAtHome({ store: exampleStoreCopy('demo', { 'pilots.share': seesPilots ? 1 : 0, ...changes }) });
  return fixture;
}

function open(fixture: KioskFixture, flowId: string, practice = false): void {
  chooseFlow(fixture.kiosk, flowId);
  startFlow(fixture.kiosk, practice);
}

/** The flow.step and flow.back events of the session so far, as "step" and "<step". */
async function walk(fixture: KioskFixture): Promise<string[]> {
  await fixture.kiosk.usage.settled();
  return fixture.usage().flatMap(({ event }) => {
    if (event.type === 'flow.step') return [String(event.step)];
    if (event.type === 'flow.back') return [`<${String(event.step)}`];
    return [];
  });
}

describe('a branching flow', () => {
  it("shows the 'damaged' step only to a customer returning a damaged product", async () => {
    const target = await atDemoHome();
    const { kiosk } = target;
    open(target, 'product-return');
    edit(kiosk, 'orderCode', 'b4t9lp');
    await goOn(kiosk);
    await goOn(kiosk, { field: 'returnReason', value: 'damaged' });
    expect(kiosk.flow.getState().stepId).toBe('damaged');
    await goOn(kiosk);
    await goOn(kiosk);
    expect(kiosk.flow.getState()).toMatchObject({ stepId: 'done', values: { orderCode: 'B4T9LP', returnReason: 'damaged' } });
    expect(kiosk.flow.getState().facts).toEqual([{ id: 'returnNumber', value: expect.stringMatching(/^R-[2-9A-Z]{6}$/), kind: 'code' }]);
    await goOn(kiosk);

    expect(kiosk.session.getState().phase).toBe('thanks');
    expect(await walk(target)).toEqual(['order', 'reason', 'damaged', 'review', 'done']);
    expect(target.usage().filter((entry) => entry.type === 'action.completed').map((entry) => entry.event)).toEqual([
      { type: 'action.completed', flowId: 'product-return', action: 'return.register', pilot: false },
    ]);
  });

  it('skips the damaged step for every other reason', async () => {
    for (const reason of ['wrongItem', 'changedMind', 'other']) {
      const target = await atDemoHome();
      open(target, 'product-return');
      edit(target.kiosk, 'orderCode', 'B4T9LP');
      await goOn(target.kiosk);
      await goOn(target.kiosk, { field: 'returnReason', value: reason });
      expect(target.kiosk.flow.getState().stepId, reason).toBe('review');
      await goOn(target.kiosk);
      expect(await walk(target), reason).toEqual(['order', 'reason', 'review', 'done']);
    }
  });

  it('goes back along the branch the customer took, and takes the other one after changing the answer', async () => {
    const target = await atDemoHome();
    const { kiosk } = target;
    open(target, 'product-return');
    edit(kiosk, 'orderCode', 'B4T9LP');
    await goOn(kiosk);
    await goOn(kiosk, { field: 'returnReason', value: 'damaged' });
    await goOn(kiosk);
    goBack(kiosk);
    goBack(kiosk);
    expect(kiosk.flow.getState()).toMatchObject({ stepId: 'reason', backsInARow: 2, values: { returnReason: 'damaged' } });

    await goOn(kiosk, { field: 'returnReason', value: 'wrongItem' });
    expect(kiosk.flow.getState()).toMatchObject({ stepId: 'review', backsInARow: 0, history: ['order', 'reason'] });
    expect(await walk(target)).toEqual(['order', 'reason', 'damaged', 'review', '<damaged', '<reason', 'review']);
  });
});

describe("a store's rules for what the customer enters", () => {
  it('refuses a phone number the pattern does not allow without asking the host, and sends one it does', async () => {
    const target = await atDemoHome(true);
    const { kiosk } = target;
    open(target, 'mobile-topup');
    edit(kiosk, 'phoneNumber', '912 345 678');
    await goOn(kiosk);
    expect(kiosk.flow.getState()).toMatchObject({ stepId: 'phone', valueProblem: 'pattern' });

    edit(kiosk, 'phoneNumber', '612 345 678');
    await goOn(kiosk);
    expect(kiosk.flow.getState()).toMatchObject({ stepId: 'amount', values: { phoneNumber: '612345678' }, valueProblem: null });
    edit(kiosk, 'amount', '10.50');
    await goOn(kiosk);
    expect(kiosk.flow.getState()).toMatchObject({ stepId: 'amount', valueProblem: 'tooPrecise' });
    edit(kiosk, 'amount', '10');
    await goOn(kiosk);
    expect(kiosk.flow.getState().stepId).toBe('review');
    expect(target.calls).not.toContain('flow.runAction');
  });

  it('refuses a bill number with a mistyped digit before the host hears of it, and finds the bill once corrected', async () => {
    const target = await atDemoHome();
    const { kiosk } = target;
    open(target, 'bill-payment');
    edit(kiosk, 'billReference', '842000100123 4');
    await goOn(kiosk);
    expect(kiosk.flow.getState()).toMatchObject({ stepId: 'bill', valueProblem: 'checkDigit', busy: false });
    expect(target.calls).not.toContain('flow.runAction');

    edit(kiosk, 'billReference', '8420001001233');
    await goOn(kiosk);
    expect(target.calls.filter((method) => method === 'flow.runAction')).toHaveLength(1);
    expect(kiosk.flow.getState()).toMatchObject({ stepId: 'review', problem: null });
    expect(kiosk.flow.getState().facts).toContainEqual(expect.objectContaining({ id: 'payee', value: 'Aguas del Centro' }));
  });
});

describe('pilot and assisted-only flows', () => {
  const demoFlowIds = ['order-pickup', 'product-return', 'bill-payment', 'mobile-topup', 'see-staff', 'appointment', 'complaint'];

  it('offers pilot flows only to sessions in the pilot share', async () => {
    const outside = await atDemoHome(false);
    const inside = await atDemoHome(true);
    const offered = ({ kiosk }: KioskFixture) =>
      offeredFlows(profileOf(kiosk.status.getState())?.flows ?? [], audienceOf(kiosk)).map((flow) => flow.id);

    expect(outside.kiosk.session.getState().seesPilots).toBe(false);
    expect(offered(outside)).toEqual(demoFlowIds.filter((id) => id !== 'mobile-topup'));
    expect(inside.kiosk.session.getState().seesPilots).toBe(true);
    expect(offered(inside)).toEqual(demoFlowIds);
  });

  it('does not open a flow the session is not offered, nor one the store does not have', async () => {
    const target = await atDemoHome(false, { 'flows[0].assistedOnly': true });
    for (const flowId of ['mobile-topup', 'order-pickup', 'no-such-flow']) {
      chooseFlow(target.kiosk, flowId);
      expect(target.kiosk.session.getState(), flowId).toMatchObject({ phase: 'home', flowId: null });
    }
    await target.kiosk.usage.settled();
    expect(target.usage().map((entry) => entry.event).slice(-1)).toEqual([{ type: 'screen.viewed', screen: 'home' }]);
  });

  it('offers assisted-only flows in assisted mode only, and every pilot there', () => {
    const flows = [
      flowSchema.parse(flowFixture('everyone', [infoStep()])),
      flowSchema.parse(flowFixture('pilot', [infoStep()], { pilot: true })),
      flowSchema.parse(flowFixture('staff-only', [infoStep()], { assistedOnly: true })),
      flowSchema.parse(flowFixture('staff-pilot', [infoStep()], { assistedOnly: true, pilot: true })),
    ];
    const offered = (seesPilots: boolean, assisted: boolean) => offeredFlows(flows, { seesPilots, assisted }).map((flow) => flow.id);
    expect(offered(false, false)).toEqual(['everyone']);
    expect(offered(true, false)).toEqual(['everyone', 'pilot']);
    expect(offered(false, true)).toEqual(['everyone', 'pilot', 'staff-only', 'staff-pilot']);
  });

  it('tags a pilot flow and its actions as pilot usage, so reports keep them apart', async () => {
    const target = await atDemoHome(true);
    const { kiosk } = target;
    open(target, 'mobile-topup');
    edit(kiosk, 'phoneNumber', '612345678');
    await goOn(kiosk);
    await goOn(kiosk, { field: 'amount', value: '20' });
    await goOn(kiosk);
    expect(kiosk.flow.getState()).toMatchObject({ stepId: 'receipt', problem: null });
    await kiosk.usage.settled();

    const pilot = { flowId: 'mobile-topup', practice: false, pilot: true, assisted: false };
    const events = target.usage().map((entry) => entry.event);
    expect(events).toContainEqual({ type: 'flow.started', ...pilot });
    expect(events).toContainEqual({ type: 'flow.step', ...pilot, step: 'review' });
    expect(events).toContainEqual({ type: 'action.completed', flowId: 'mobile-topup', action: 'topup.register', pilot: true });
    expect(JSON.stringify(events)).not.toContain('612345678');
  });

  it('offers the assisted-only late return once staff switch to assisted mode, and refuses it after', async () => {
    const target = await atDemoHome(false);
    const { kiosk, host } = target;
    applyKioskState(kiosk, await resultOf(host, 'kiosk.setAssisted', { assisted: true }));
    expect(offeredFlows(profileOf(kiosk.status.getState())?.flows ?? [], audienceOf(kiosk)).map((flow) => flow.id)).toEqual([
      ...demoFlowIds,
      'late-return',
    ]);
    open(target, 'late-return');
    edit(kiosk, 'orderCode', 'B4T9LP');
    await goOn(kiosk);
    await goOn(kiosk, { field: 'returnReason', value: 'approvedByStaff' });

    applyKioskState(kiosk, await resultOf(host, 'kiosk.setAssisted', { assisted: false }));
    await goOn(kiosk);
    expect(kiosk.flow.getState()).toMatchObject({ stepId: 'review', problem: { code: 'flow.notAvailable' } });
    await kiosk.usage.settled();
    expect(host.usageLog.read().map((stored) => stored.event)).toEqual(
      expect.arrayContaining([
        { type: 'assisted.changed', assisted: true },
        { type: 'assisted.changed', assisted: false },
      ]),
    );
  });

  it('fills a practice run with sample words in the customer’s language, and codes as they are', async () => {
    const fixture = await customerAtHome({ store: exampleStoreCopy('demo') }, 'ar');
    open(fixture, 'complaint', true);
    expect(fixture.kiosk.flow.getState().values).toMatchObject({ complaintCategory: 'waitTime', complaintText: 'كان الطابور طويلًا جدًا' });
  });

  it('practises a pilot flow with its tags and without registering anything', async () => {
    const target = await atDemoHome(true);
    const { kiosk } = target;
    open(target, 'mobile-topup', true);
    expect(activeFlow(kiosk)?.pilot).toBe(true);
    for (let step = 0; step < 5; step += 1) await goOn(kiosk);
    await kiosk.usage.settled();

    expect(kiosk.session.getState()).toMatchObject({ phase: 'benefit', flowId: 'mobile-topup' });
    const types = target.usage().map((entry) => entry.type);
    expect(types).not.toContain('action.completed');
    expect(target.usage().find((entry) => entry.type === 'flow.completed')?.event).toMatchObject({ practice: true, pilot: true });
  });
});

describe('tidying what is typed', () => {
  it('shows codes in capitals, keeping the spaces and dashes people type and dropping anything else', () => {
    expect(tidyWhileTyping('upperAlphanumeric', 'k7m2-qx é!?')).toBe('K7M2-QX ');
  });

  it('keeps only digits and spaces in digit fields', () => {
    expect(tidyWhileTyping('digits', '+34 612-345 678')).toBe('34 612345 678');
  });

  it('leaves free text exactly as typed until the customer goes on', () => {
    expect(tidyWhileTyping('trim', '  La cola, ¡muy larga!  ')).toBe('  La cola, ¡muy larga!  ');
  });

  it("tidies a field by its step's rule as it is typed, and fully once the customer goes on", async () => {
    const target = await atDemoHome();
    open(target, 'bill-payment');
    edit(target.kiosk, 'billReference', '8420-0010 0123a3');
    expect(target.kiosk.flow.getState().values.billReference).toBe('84200010 01233');
    await goOn(target.kiosk);
    expect(target.kiosk.flow.getState()).toMatchObject({ stepId: 'review', values: { billReference: '8420001001233' } });
  });
});
