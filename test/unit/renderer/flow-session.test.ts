import { describe, expect, it } from 'vitest';
import { chooseFlow, edit, goBack, goOn, leaveFlow, startFlow } from '../../../renderer/kiosk/flows/flow-actions.ts';
import { requestHelp } from '../../../renderer/kiosk/help/help-actions.ts';
import { chooseLanguage, endSession, touchToStart } from '../../../renderer/kiosk/session/session-actions.ts';
import { orderFixture } from '../../fixtures/store-config.ts';
import { customerAtHome, type KioskFixture } from './kiosk-fixture.ts';

/** A customer who chose order pickup and started it for real (or as practice), at the code step. */
async function atOrderCode(practice = false): Promise<KioskFixture> {
  const fixture = await customerAtHome();
  chooseFlow(fixture.kiosk, 'order-pickup');
  startFlow(fixture.kiosk, practice);
  return fixture;
}

async function enterCode({ kiosk }: KioskFixture, code: string): Promise<void> {
  edit(kiosk, 'orderCode', code);
  await goOn(kiosk);
}

const tags = { flowId: 'order-pickup', practice: false, pilot: false, assisted: false };

describe('order pickup on a real host', () => {
  it('collects an order from touch to thanks, logging each step and the time taken, never the code', async () => {
    const target = await atOrderCode();
    const { kiosk, clock, usage } = target;
    expect(kiosk.session.getState()).toMatchObject({ phase: 'flow', flowId: 'order-pickup' });
    expect(kiosk.flow.getState()).toMatchObject({ flowId: 'order-pickup', stepId: 'code', values: {}, practice: false });

    clock.advance(1500);
    await enterCode(target, ' k7m2qx ');
    expect(kiosk.flow.getState()).toMatchObject({
      stepId: 'review',
      values: { orderCode: 'K7M2QX' },
      facts: [
        { id: 'itemCount', value: 2, kind: 'count' },
        { id: 'collectionPoint', value: orderFixture.collectionPoint, kind: 'text' },
      ],
    });

    clock.advance(2500);
    await goOn(kiosk);
    expect(kiosk.flow.getState()).toMatchObject({ stepId: 'done', finished: false });
    await goOn(kiosk);
    expect(kiosk.flow.getState().finished).toBe(true);
    expect(kiosk.session.getState().phase).toBe('thanks');

    endSession(kiosk, 'completed');
    await kiosk.usage.settled();
    expect(usage().map((entry) => entry.event)).toEqual([
      { type: 'session.started', language: 'en', seesPilots: false },
      { type: 'language.chosen', language: 'en' },
      { type: 'screen.viewed', screen: 'home' },
      { type: 'screen.viewed', screen: 'benefit' },
      { type: 'flow.started', ...tags },
      { type: 'screen.viewed', screen: 'flow' },
      { type: 'flow.step', ...tags, step: 'code' },
      { type: 'action.completed', flowId: 'order-pickup', action: 'order.find', pilot: false },
      { type: 'flow.step', ...tags, step: 'review' },
      { type: 'action.completed', flowId: 'order-pickup', action: 'order.collect', pilot: false },
      { type: 'flow.step', ...tags, step: 'done' },
      { type: 'flow.completed', ...tags, durationMs: 4000 },
      { type: 'screen.viewed', screen: 'thanks' },
      { type: 'session.ended', reason: 'completed', durationMs: expect.any(Number) },
    ]);
    expect(JSON.stringify(usage())).not.toMatch(/K7M2QX/i);
    expect(kiosk.session.getState()).toMatchObject({ phase: 'attract', sessionId: null });
    expect(kiosk.flow.getState()).toMatchObject({ flowId: null, values: {}, facts: [] });
  });

  it('shows codes in capitals as they are typed, without stray characters', async () => {
    const { kiosk } = await atOrderCode();
    edit(kiosk, 'orderCode', 'k7m2 qx!?');
    expect(kiosk.flow.getState().values.orderCode).toBe('K7M2 QX');
  });

  it('refuses a code that breaks the rules without asking the host, and says why', async () => {
    const target = await atOrderCode();
    await enterCode(target, 'AB1');
    expect(target.kiosk.flow.getState()).toMatchObject({ stepId: 'code', valueProblem: 'tooShort', busy: false });
    await enterCode(target, '   ');
    expect(target.kiosk.flow.getState().valueProblem).toBe('empty');
    await enterCode(target, 'K7M2QX99');
    expect(target.kiosk.flow.getState().valueProblem).toBe('tooLong');

    expect(target.calls).not.toContain('flow.runAction');
    edit(target.kiosk, 'orderCode', 'K7M2Q');
    expect(target.kiosk.flow.getState().valueProblem).toBeNull();
  });

  it('shows an unknown code as order.notFound, and finds the order once corrected', async () => {
    const target = await atOrderCode();
    await enterCode(target, 'K7M2QZ');
    expect(target.kiosk.flow.getState()).toMatchObject({ stepId: 'code', values: { orderCode: 'K7M2QZ' }, problem: { code: 'order.notFound' } });

    edit(target.kiosk, 'orderCode', 'K7M2QX');
    expect(target.kiosk.flow.getState().problem).toBeNull();
    await goOn(target.kiosk);
    expect(target.kiosk.flow.getState().stepId).toBe('review');
    await target.kiosk.usage.settled();
    expect(target.usage().find((entry) => entry.type === 'action.failed')?.event).toEqual({
      type: 'action.failed',
      flowId: 'order-pickup',
      action: 'order.find',
      code: 'order.notFound',
    });
  });

  it('shows an order collected twice as order.alreadyCollected', async () => {
    const target = await atOrderCode();
    const { kiosk } = target;
    await enterCode(target, 'K7M2QX');
    await goOn(kiosk);
    await goOn(kiosk);
    endSession(kiosk, 'completed');

    await touchToStart(kiosk);
    await chooseLanguage(kiosk, 'es');
    chooseFlow(kiosk, 'order-pickup');
    startFlow(kiosk, false);
    await enterCode(target, 'K7M2QX');
    expect(kiosk.flow.getState()).toMatchObject({ stepId: 'code', problem: { code: 'order.alreadyCollected' } });
  });

  it('goes back a step with "back", and leaves the flow from its first step, logged as cancelled there', async () => {
    const target = await atOrderCode();
    const { kiosk } = target;
    await enterCode(target, 'K7M2QX');
    goBack(kiosk);
    expect(kiosk.flow.getState()).toMatchObject({ stepId: 'code', values: { orderCode: 'K7M2QX' }, backsInARow: 1 });
    goBack(kiosk);
    await kiosk.usage.settled();

    expect(kiosk.session.getState()).toMatchObject({ phase: 'home', flowId: null });
    expect(kiosk.flow.getState()).toMatchObject({ flowId: null, values: {} });
    expect(target.usage().slice(-4).map((entry) => entry.event)).toEqual([
      { type: 'flow.step', ...tags, step: 'review' },
      { type: 'flow.back', ...tags, step: 'code' },
      { type: 'flow.cancelled', ...tags, step: 'code' },
      { type: 'screen.viewed', screen: 'home' },
    ]);
  });

  it('stays on the step, logging no "back", when back is pressed while the host is working', async () => {
    const target = await atOrderCode();
    const { kiosk } = target;
    await enterCode(target, 'K7M2QX');
    const collecting = goOn(kiosk);
    expect(kiosk.flow.getState().busy).toBe(true);
    goBack(kiosk);
    await collecting;
    await kiosk.usage.settled();

    expect(kiosk.flow.getState()).toMatchObject({ stepId: 'done', backsInARow: 0 });
    expect(target.usage().map((entry) => entry.type)).not.toContain('flow.back');
  });

  it('leaves the introduction for home without logging a cancelled flow', async () => {
    const fixture = await customerAtHome();
    chooseFlow(fixture.kiosk, 'order-pickup');
    leaveFlow(fixture.kiosk);
    await fixture.kiosk.usage.settled();

    expect(fixture.kiosk.session.getState()).toMatchObject({ phase: 'home', flowId: null });
    expect(fixture.usage().map((entry) => entry.type)).not.toContain('flow.cancelled');
  });

  it('times out a forgotten flow: the typed code is wiped and the flow logged as cancelled at its step', async () => {
    const target = await atOrderCode();
    const { kiosk, clock } = target;
    edit(kiosk, 'orderCode', 'K7M2');
    kiosk.idleWatch.start({ idleSeconds: 30, warningSeconds: 20 });

    clock.advance(30_000);
    expect(kiosk.idle.getState().phase).toBe('warning');
    clock.advance(20_000);
    await kiosk.usage.settled();

    expect(kiosk.session.getState()).toMatchObject({ phase: 'attract', sessionId: null, language: null, flowId: null });
    expect(kiosk.flow.getState()).toMatchObject({ flowId: null, stepId: null, values: {} });
    expect(kiosk.i18n.language).toBe('es');
    expect(target.usage().slice(-3).map((entry) => entry.event)).toEqual([
      { type: 'idle.warned', screen: 'flow' },
      { type: 'flow.cancelled', ...tags, step: 'code' },
      { type: 'session.ended', reason: 'timedOut', durationMs: expect.any(Number) },
    ]);
    expect(JSON.stringify(target.usage())).not.toMatch(/K7M2/i);
  });

  it('keeps the help ticket in the help dialog while the flow waits where it was', async () => {
    const target = await atOrderCode();
    edit(target.kiosk, 'orderCode', 'K7M2');
    await requestHelp(target.kiosk, 'flow');

    expect(target.kiosk.help.getState()).toMatchObject({ status: 'called', ticket: { number: 'A001' } });
    expect(target.kiosk.flow.getState()).toMatchObject({ stepId: 'code', values: { orderCode: 'K7M2' } });
    expect(target.kiosk.session.getState().phase).toBe('flow');
  });
});

describe('a practice run on a real host', () => {
  it('walks the flow with sample answers, writes nothing for real, and comes back to the introduction', async () => {
    const target = await atOrderCode(true);
    const { kiosk, usage } = target;
    expect(kiosk.flow.getState()).toMatchObject({ practice: true, values: { orderCode: 'K7M2QX' } });
    await goOn(kiosk);
    expect(kiosk.flow.getState().facts).toContainEqual({ id: 'collectionPoint', value: 'collectionPoint', kind: 'sample' });
    await goOn(kiosk);
    await goOn(kiosk);
    await kiosk.usage.settled();

    expect(kiosk.session.getState()).toMatchObject({ phase: 'benefit', flowId: 'order-pickup' });
    expect(kiosk.flow.getState()).toMatchObject({ practice: true, finished: true });
    const practice = { ...tags, practice: true };
    expect(usage().slice(3).map((entry) => entry.event)).toEqual([
      { type: 'screen.viewed', screen: 'benefit' },
      { type: 'practice.started', flowId: 'order-pickup' },
      { type: 'flow.started', ...practice },
      { type: 'screen.viewed', screen: 'flow' },
      { type: 'flow.step', ...practice, step: 'code' },
      { type: 'flow.step', ...practice, step: 'review' },
      { type: 'flow.step', ...practice, step: 'done' },
      { type: 'flow.completed', ...practice, durationMs: 0 },
      { type: 'practice.finished', flowId: 'order-pickup', completed: true },
      { type: 'screen.viewed', screen: 'benefit' },
    ]);
  });

  it('leaves the same order to collect for real straight after practising with it', async () => {
    const target = await atOrderCode(true);
    const { kiosk } = target;
    await goOn(kiosk);
    await goOn(kiosk);
    await goOn(kiosk);

    startFlow(kiosk, false);
    expect(kiosk.flow.getState()).toMatchObject({ practice: false, stepId: 'code', values: {}, finished: false });
    await enterCode(target, orderFixture.code);
    await goOn(kiosk);
    expect(kiosk.flow.getState()).toMatchObject({ stepId: 'done', problem: null });
    await kiosk.usage.settled();
    expect(target.usage().filter((entry) => entry.type === 'action.completed')).toHaveLength(2);
  });

  it('logs a practice run left half-way as cancelled and unfinished', async () => {
    const target = await atOrderCode(true);
    leaveFlow(target.kiosk);
    await target.kiosk.usage.settled();
    expect(target.usage().slice(-3).map((entry) => entry.event)).toEqual([
      { type: 'flow.cancelled', ...tags, practice: true, step: 'code' },
      { type: 'practice.finished', flowId: 'order-pickup', completed: false },
      { type: 'screen.viewed', screen: 'home' },
    ]);
  });
});

describe('a choice step on a real host', () => {
  it('takes a ticket for the service the customer chose and shows its number', async () => {
    const fixture = await customerAtHome();
    const { kiosk } = fixture;
    chooseFlow(kiosk, 'see-staff');
    startFlow(kiosk, false);
    await goOn(kiosk);
    expect(kiosk.flow.getState()).toMatchObject({ stepId: 'service', valueProblem: 'noChoice' });

    await goOn(kiosk, { field: 'queueService', value: 'advice' });
    expect(kiosk.flow.getState()).toMatchObject({ stepId: 'ticket', values: { queueService: 'advice' } });
    expect(kiosk.flow.getState().facts).toContainEqual(expect.objectContaining({ id: 'ticketNumber', value: 'B001' }));
  });
});
