import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectOrder, findOrder, changeCode } from '../../../renderer/flows/order-pickup/pickup-actions.ts';
import { finishFlow, leaveFlow, openService } from '../../../renderer/flows/flow-actions.ts';
import { requestHelp } from '../../../renderer/help/help-actions.ts';
import { applyKioskState, connectKiosk, stateRetryMs } from '../../../renderer/kiosk/connect-kiosk.ts';
import {
  askForMoreTime,
  chooseLanguage,
  endSession,
  touchToStart,
} from '../../../renderer/session/session-actions.ts';
import { storeConfigFixture } from '../../fixtures/store-config.ts';
import { kioskFixture, type KioskFixture } from './kiosk-fixture.ts';

let fixture: KioskFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

/** A ready kiosk with a customer on the home screen in the given language. */
async function atHome(language: 'es' | 'en' = 'en', config = storeConfigFixture()): Promise<KioskFixture> {
  fixture = kioskFixture(config);
  const { kiosk } = fixture;
  applyKioskState(kiosk, await kiosk.host.call('kiosk.state', {}));
  await touchToStart(kiosk);
  if (kiosk.session.getState().phase === 'language') await chooseLanguage(kiosk, language);
  return fixture;
}

async function typeAndFind(target: KioskFixture, code: string): Promise<void> {
  target.kiosk.flow.getState().typed(code);
  await findOrder(target.kiosk);
}

describe('a customer session', () => {
  it('starts in the chosen language and logs the choice and the home screen', async () => {
    const { kiosk, usage } = await atHome('en');
    await kiosk.usage.settled();

    expect(kiosk.session.getState()).toMatchObject({ phase: 'home', language: 'en' });
    expect(kiosk.i18n.language).toBe('en');
    const sessionId = kiosk.session.getState().sessionId;
    expect(usage()).toEqual([
      { sessionId, type: 'session.started', event: { type: 'session.started', language: 'en' } },
      { sessionId, type: 'language.chosen', event: { type: 'language.chosen', language: 'en' } },
      { sessionId, type: 'screen.viewed', event: { type: 'screen.viewed', screen: 'home' } },
    ]);
  });

  it('goes straight in when the store has one language', async () => {
    const { kiosk } = await atHome('en', storeConfigFixture({ languages: { enabled: ['en'], default: 'en' } }));
    await kiosk.usage.settled();
    expect(kiosk.session.getState()).toMatchObject({ phase: 'home', language: 'en' });
  });

  it('collects an order from code to thanks, logging each step and the time taken, never the code', async () => {
    const target = await atHome('en');
    const { kiosk, clock, usage } = target;
    openService(kiosk, 'order-pickup');
    clock.advance(1500);
    await typeAndFind(target, ' k7m2qx ');
    expect(kiosk.flow.getState()).toMatchObject({ step: 'review', order: { itemCount: 2 } });

    clock.advance(2500);
    await collectOrder(kiosk);
    expect(kiosk.flow.getState()).toMatchObject({ step: 'done', collectionPoint: { en: 'Locker 4' } });
    finishFlow(kiosk);
    expect(kiosk.session.getState().phase).toBe('thanks');
    endSession(kiosk, 'completed');
    await kiosk.usage.settled();

    expect(usage().map((entry) => entry.event)).toEqual([
      { type: 'session.started', language: 'en' },
      { type: 'language.chosen', language: 'en' },
      { type: 'screen.viewed', screen: 'home' },
      { type: 'flow.started', flowId: 'order-pickup' },
      { type: 'screen.viewed', screen: 'flow' },
      { type: 'flow.step', flowId: 'order-pickup', step: 'enterCode' },
      { type: 'flow.step', flowId: 'order-pickup', step: 'review' },
      { type: 'order.collected', flowId: 'order-pickup' },
      { type: 'flow.step', flowId: 'order-pickup', step: 'done' },
      { type: 'flow.completed', flowId: 'order-pickup', durationMs: 4000 },
      { type: 'screen.viewed', screen: 'thanks' },
      { type: 'session.ended', reason: 'completed', durationMs: expect.any(Number) },
    ]);
    expect(JSON.stringify(usage())).not.toMatch(/K7M2QX/i);
    expect(kiosk.session.getState()).toMatchObject({ phase: 'attract', sessionId: null });
    expect(kiosk.flow.getState().code).toBe('');
  });

  it('refuses a code that does not fit the pattern without asking the host', async () => {
    const target = await atHome();
    openService(target.kiosk, 'order-pickup');
    await typeAndFind(target, 'AB1');
    expect(target.kiosk.flow.getState()).toMatchObject({ step: 'enterCode', codeProblem: 'invalid', busy: false });
    await typeAndFind(target, '   ');
    expect(target.kiosk.flow.getState().codeProblem).toBe('empty');
    expect(target.usage().some((entry) => entry.type === 'order.lookupFailed')).toBe(false);
  });

  it('shows an unknown code as order.notFound, and finds the order once corrected', async () => {
    const target = await atHome();
    openService(target.kiosk, 'order-pickup');
    await typeAndFind(target, 'K7M2QZ');
    expect(target.kiosk.flow.getState()).toMatchObject({ step: 'enterCode', problem: { code: 'order.notFound' } });

    target.kiosk.flow.getState().deleted();
    target.kiosk.flow.getState().keyPressed('X');
    expect(target.kiosk.flow.getState().problem).toBeNull();
    await findOrder(target.kiosk);
    expect(target.kiosk.flow.getState().step).toBe('review');
  });

  it('shows an order collected twice as order.alreadyCollected', async () => {
    const target = await atHome();
    openService(target.kiosk, 'order-pickup');
    await typeAndFind(target, 'K7M2QX');
    await collectOrder(target.kiosk);
    finishFlow(target.kiosk);
    endSession(target.kiosk, 'completed');

    await touchToStart(target.kiosk);
    await chooseLanguage(target.kiosk, 'es');
    openService(target.kiosk, 'order-pickup');
    await typeAndFind(target, 'K7M2QX');
    expect(target.kiosk.flow.getState().problem?.code).toBe('order.alreadyCollected');
  });

  it('logs a flow left half-way as cancelled at its step', async () => {
    const target = await atHome();
    openService(target.kiosk, 'order-pickup');
    await typeAndFind(target, 'K7M2QX');
    changeCode(target.kiosk);
    leaveFlow(target.kiosk);
    await target.kiosk.usage.settled();

    expect(target.kiosk.session.getState().phase).toBe('home');
    const events = target.usage().map((entry) => entry.event);
    expect(events.slice(-3)).toEqual([
      { type: 'flow.step', flowId: 'order-pickup', step: 'enterCode' },
      { type: 'flow.cancelled', flowId: 'order-pickup', step: 'enterCode' },
      { type: 'screen.viewed', screen: 'home' },
    ]);
  });

  it('times out a forgotten session: the typed code is wiped and the session ends as timed out', async () => {
    const target = await atHome('en');
    const { kiosk, clock } = target;
    openService(kiosk, 'order-pickup');
    kiosk.flow.getState().typed('K7M2');
    kiosk.idleWatch.start({ idleSeconds: 30, warningSeconds: 20 });

    clock.advance(30_000);
    expect(kiosk.idle.getState().phase).toBe('warning');
    clock.advance(20_000);
    await kiosk.usage.settled();

    expect(kiosk.session.getState()).toMatchObject({ phase: 'attract', sessionId: null, language: null });
    expect(kiosk.flow.getState()).toMatchObject({ code: '', flowId: null });
    expect(kiosk.i18n.language).toBe('es');
    expect(target.usage().slice(-3).map((entry) => entry.event)).toEqual([
      { type: 'idle.warned', screen: 'flow' },
      { type: 'flow.cancelled', flowId: 'order-pickup', step: 'enterCode' },
      { type: 'session.ended', reason: 'timedOut', durationMs: expect.any(Number) },
    ]);
  });

  it('keeps the session when the customer asks for more time, and logs it', async () => {
    const target = await atHome();
    const { kiosk, clock } = target;
    kiosk.idleWatch.start({ idleSeconds: 30, warningSeconds: 20 });
    clock.advance(40_000);
    askForMoreTime(kiosk);
    clock.advance(25_000);
    await kiosk.usage.settled();

    expect(kiosk.session.getState().phase).toBe('home');
    expect(target.usage().slice(-2).map((entry) => entry.event)).toEqual([
      { type: 'idle.warned', screen: 'home' },
      { type: 'idle.extended', screen: 'home' },
    ]);
  });

  it('ends the session as cancelled when the host asks the kiosk to reset', async () => {
    const target = await atHome();
    const disconnect = connectKiosk(target.kiosk);
    target.host.events.emit('session.resetRequested', { reason: 'staff' });
    await target.kiosk.usage.settled();
    disconnect();

    expect(target.kiosk.session.getState().phase).toBe('attract');
    expect(target.usage().at(-1)?.event).toEqual({ type: 'session.ended', reason: 'cancelled', durationMs: expect.any(Number) });
  });

  it('goes out of service when the host says so, ending the session, and back to attract when ready again', async () => {
    const target = await atHome();
    const ready = await target.kiosk.host.call('kiosk.state', {});
    applyKioskState(target.kiosk, { state: 'outOfService', problem: { code: 'config.fieldMissing', params: { file: 'store.json', path: 'store.name', expected: 'string' } } });
    await target.kiosk.usage.settled();

    expect(target.kiosk.settings.getState().kiosk).toMatchObject({ status: 'outOfService', problem: { code: 'config.fieldMissing' } });
    expect(target.kiosk.session.getState().sessionId).toBeNull();
    expect(target.usage().at(-1)?.event).toMatchObject({ type: 'session.ended', reason: 'cancelled' });

    applyKioskState(target.kiosk, ready);
    expect(target.kiosk.settings.getState().kiosk.status).toBe('ready');
    expect(target.kiosk.session.getState().phase).toBe('attract');
  });

  it('asks staff for help from the current screen, with or without a session', async () => {
    const target = await atHome();
    await requestHelp(target.kiosk, 'home');
    expect(target.kiosk.help.getState().status).toBe('called');
    endSession(target.kiosk, 'cancelled');
    await requestHelp(target.kiosk, 'attract');
    await target.kiosk.usage.settled();

    const helps = target.usage().filter((entry) => entry.type === 'help.requested');
    expect(helps.map((entry) => [entry.sessionId === null, entry.event])).toEqual([
      [false, { type: 'help.requested', screen: 'home' }],
      [true, { type: 'help.requested', screen: 'attract' }],
    ]);
  });

  it('is out of service as host.unreachable while the host cannot be reached, and ready once it can', async () => {
    let reachable = false;
    fixture = kioskFixture(storeConfigFixture(), (bridge) => ({
      call: (envelope) => (reachable ? bridge.call(envelope) : Promise.reject(new TypeError('Failed to fetch'))),
      on: bridge.on,
    }));
    const { kiosk, clock } = fixture;
    const disconnect = connectKiosk(kiosk);
    await vi.waitFor(() =>
      expect(kiosk.settings.getState().kiosk).toMatchObject({ status: 'outOfService', problem: { code: 'host.unreachable' } }),
    );

    reachable = true;
    clock.advance(stateRetryMs);
    await vi.waitFor(() => expect(kiosk.settings.getState().kiosk.status).toBe('ready'));
    disconnect();
  });
});
