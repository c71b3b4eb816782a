import { describe, expect, it, vi } from 'vitest';
import type { HostBridge } from '../../../shared/host-api/bridge.ts';
import { closeHelp, requestHelp } from '../../../renderer/kiosk/help/help-actions.ts';
import { applyKioskState, stateRetryMs } from '../../../renderer/kiosk/connect-kiosk.ts';
import { askForMoreTime, backToAttract, chooseLanguage, endSession, touchToStart } from '../../../renderer/kiosk/session/session-actions.ts';
import { storeConfigFixture } from '../../fixtures/store-config.ts';
import { customerAtHome, kioskFixture, type KioskFixture, type KioskFixtureOptions } from './kiosk-fixture.ts';

async function atHome(language: 'es' | 'en' = 'en', options: KioskFixtureOptions = {}): Promise<KioskFixture> {
  const fixture = await customerAtHome(options, language);
  return fixture;
}

/** The line between kiosk and host, which a test cuts and mends as a failing network would. */
function hostLine() {
  let reachable = true;
  return {
    cut: () => (reachable = false),
    mend: () => (reachable = true),
    wrapBridge: (bridge: HostBridge): HostBridge => ({
      call: (envelope) => (reachable ? bridge.call(envelope) : Promise.reject(new TypeError('Failed to fetch'))),
      on: bridge.on,
    }),
  };
}

describe('a customer session', () => {
  it('starts in the chosen language and logs the choice and the home screen', async () => {
    const { kiosk, usage } = await atHome('en');
    await kiosk.usage.settled();

    expect(kiosk.session.getState()).toMatchObject({ phase: 'home', language: 'en', seesPilots: false });
    expect(kiosk.i18n.language).toBe('en');
    const sessionId = kiosk.session.getState().sessionId;
    expect(usage()).toEqual([
      { sessionId, type: 'session.started', event: { type: 'session.started', language: 'en', seesPilots: false } },
      { sessionId, type: 'language.chosen', event: { type: 'language.chosen', language: 'en' } },
      { sessionId, type: 'screen.viewed', event: { type: 'screen.viewed', screen: 'home' } },
    ]);
  });

  it("keeps the host's pilot draw for the whole session", async () => {
    const { kiosk, usage } = await atHome('es', { config: storeConfigFixture({ pilots: { share: 1 } }) });
    await kiosk.usage.settled();
    expect(kiosk.session.getState().seesPilots).toBe(true);
    expect(usage()[0]?.event).toEqual({ type: 'session.started', language: 'es', seesPilots: true });
  });

  it('goes straight in when the store has one language', async () => {
    const { kiosk } = await atHome('en', { config: storeConfigFixture({ languages: { enabled: ['en'], default: 'en' } }) });
    await kiosk.usage.settled();
    expect(kiosk.session.getState()).toMatchObject({ phase: 'home', language: 'en' });
  });

  it('goes back to the attract loop from the language choice without starting a session', async () => {
    const fixture = kioskFixture();
    const { kiosk } = fixture;
    await fixture.connect();
    await touchToStart(kiosk);
    backToAttract(kiosk);
    await kiosk.usage.settled();

    expect(kiosk.session.getState().phase).toBe('attract');
    expect(fixture.calls).not.toContain('session.start');
    expect(fixture.usage()).toEqual([]);
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

  it('times out a forgotten session on the home screen, back to the default language', async () => {
    const target = await atHome('en');
    const { kiosk, clock } = target;
    kiosk.idleWatch.start({ idleSeconds: 30, warningSeconds: 20 });
    clock.advance(50_000);
    await kiosk.usage.settled();

    expect(kiosk.session.getState()).toMatchObject({ phase: 'attract', sessionId: null, language: null });
    expect(kiosk.i18n.language).toBe('es');
    expect(target.usage().slice(-2).map((entry) => entry.event)).toEqual([
      { type: 'idle.warned', screen: 'home' },
      { type: 'session.ended', reason: 'timedOut', durationMs: expect.any(Number) },
    ]);
  });

  it('ends the session as cancelled when the host asks the kiosk to reset', async () => {
    const target = await atHome();
    target.host.events.emit('session.resetRequested', { reason: 'staff' });
    await target.kiosk.usage.settled();

    expect(target.kiosk.session.getState().phase).toBe('attract');
    expect(target.usage().at(-1)?.event).toEqual({ type: 'session.ended', reason: 'cancelled', durationMs: expect.any(Number) });
  });

  it('goes out of service when the host says so, ending the session, and back to attract when ready again', async () => {
    const target = await atHome();
    const ready = await target.kiosk.host.call('kiosk.state', {});
    applyKioskState(target.kiosk, {
      state: 'outOfService',
      problem: { code: 'config.fieldMissing', params: { file: 'store.json', path: 'store.name', expected: 'string' } },
    });
    await target.kiosk.usage.settled();

    expect(target.kiosk.status.getState().current).toMatchObject({ status: 'outOfService', problem: { code: 'config.fieldMissing' } });
    expect(target.kiosk.session.getState().sessionId).toBeNull();
    expect(target.usage().at(-1)?.event).toMatchObject({ type: 'session.ended', reason: 'cancelled' });

    applyKioskState(target.kiosk, ready);
    expect(target.kiosk.status.getState().current.status).toBe('ready');
    expect(target.kiosk.session.getState().phase).toBe('attract');
  });

  it('is out of service as host.unreachable while the host cannot be reached, and ready once it can', async () => {
    const line = hostLine();
    line.cut();
    const fixture = kioskFixture({ wrapBridge: line.wrapBridge });
    const { kiosk, clock } = fixture;
    await fixture.connect();
    expect(kiosk.status.getState().current).toMatchObject({ status: 'outOfService', problem: { code: 'host.unreachable' } });

    line.mend();
    clock.advance(stateRetryMs);
    await vi.waitFor(() => expect(kiosk.status.getState().current.status).toBe('ready'));
  });

  it('keeps the start problem on the language screen when the host cannot start a session', async () => {
    const line = hostLine();
    const fixture = kioskFixture({ wrapBridge: line.wrapBridge });
    const { kiosk } = fixture;
    await fixture.connect();
    await touchToStart(kiosk);
    line.cut();
    await chooseLanguage(kiosk, 'en');

    expect(kiosk.session.getState()).toMatchObject({ phase: 'language', starting: false, problem: { code: 'host.unreachable' } });
  });
});

describe('asking for a person', () => {
  it('keeps the staff ticket the host gave, in the help dialog, until it is closed', async () => {
    const target = await atHome();
    await requestHelp(target.kiosk, 'home');
    expect(target.kiosk.help.getState()).toEqual(
      expect.objectContaining({
        status: 'called',
        ticket: expect.objectContaining({ number: 'A001', queueService: { es: 'Atención al cliente', en: 'Customer service' } }),
      }),
    );

    await requestHelp(target.kiosk, 'home');
    expect(target.kiosk.help.getState().ticket?.number).toBe('A002');
    closeHelp(target.kiosk);
    expect(target.kiosk.help.getState()).toMatchObject({ status: 'closed', ticket: null });
  });

  it('asks staff from the current screen, with or without a session, and logs the help ticket', async () => {
    const target = await atHome();
    await requestHelp(target.kiosk, 'home');
    endSession(target.kiosk, 'cancelled');
    expect(target.kiosk.help.getState().status).toBe('closed');
    await requestHelp(target.kiosk, 'attract');
    await target.kiosk.usage.settled();

    const helps = target.usage().filter((entry) => entry.type === 'help.requested' || entry.type === 'ticket.issued');
    expect(helps.map((entry) => [entry.sessionId === null, entry.event])).toEqual([
      [false, { type: 'help.requested', screen: 'home', reason: 'preferPerson' }],
      [false, { type: 'ticket.issued', queueService: 'customer-service', kind: 'help', priority: null, predicted: expect.anything() }],
      [true, { type: 'help.requested', screen: 'attract', reason: 'preferPerson' }],
      [true, { type: 'ticket.issued', queueService: 'customer-service', kind: 'help', priority: null, predicted: expect.anything() }],
    ]);
  });

  it('sends the customer to the counter when staff cannot be called, never a dead end', async () => {
    const line = hostLine();
    const fixture = await customerAtHome({ wrapBridge: line.wrapBridge });
    line.cut();
    await requestHelp(fixture.kiosk, 'home');

    expect(fixture.kiosk.help.getState()).toMatchObject({ status: 'failed', ticket: null });
    expect(fixture.faults).toContain('help.request failed');
  });
});
