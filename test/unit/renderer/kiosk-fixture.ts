// A renderer kiosk wired to a real host through an in-memory bridge, on a fake clock; closed and
// its files removed when the test that made it finishes.
import { onTestFinished } from 'vitest';
import { createHost, type Host } from '../../../electron/host/create-host.ts';
import type { HostBridge } from '../../../shared/host-api/bridge.ts';
import { createHostClient } from '../../../renderer/kit/host/host-client.ts';
import { createKioskI18n } from '../../../renderer/kit/i18n/create-i18n.ts';
import { createKiosk } from '../../../renderer/kiosk/create-kiosk.ts';
import type { Kiosk } from '../../../renderer/kiosk/kiosk.ts';
import { connectKiosk } from '../../../renderer/kiosk/connect-kiosk.ts';
import { chooseLanguage, touchToStart } from '../../../renderer/kiosk/session/session-actions.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { storeConfigFixture, tempStore, type TempStore } from '../../fixtures/store-config.ts';
import { createFakeClock, type FakeClock } from './fake-clock.ts';

export interface KioskFixture {
  kiosk: Kiosk;
  host: Host;
  clock: FakeClock;
  faults: string[];
  /** Every host method the kiosk called, in order, as it left the kiosk. */
  calls: string[];
  /** The usage events the host logged, without the host's own kiosk.* events. */
  usage(): { sessionId: string | null; type: string; event: Record<string, unknown> }[];
  /** Connects the kiosk to its host as the app does, and waits for the host's first word on its state. */
  connect(): Promise<void>;
  /** Waits for the events still on their way, then disconnects, closes the host and removes its files. */
  close(): Promise<void>;
}

/** The same envelopes a shell would carry, handed straight to the host's dispatcher. */
export function inMemoryBridge(host: Host): HostBridge {
  return {
    call: (envelope) => host.dispatch(envelope, { role: 'customer' }),
    on: (event, listener) =>
      host.events.subscribe({ role: 'customer' }, (envelope) => {
        if (envelope.event === event) listener(envelope.payload);
      }),
  };
}

export interface KioskFixtureOptions {
  /** The store config the host reads, written to a temp folder; the test fixture's by default. */
  config?: object;
  /** A temp store already written (an example store's copy); wins over `config`. */
  store?: TempStore;
  /** Lets a test stand between the kiosk and the host, e.g. to cut the line. */
  wrapBridge?: (bridge: HostBridge) => HostBridge;
}

export function kioskFixture({ config = storeConfigFixture(), store = tempStore(config), wrapBridge = (bridge) => bridge }: KioskFixtureOptions = {}): KioskFixture {
  const host = createHost({ configFile: store.configFile, dataDir: store.dataDir, shell: 'test' });
  const clock = createFakeClock();
  const faults: string[] = [];
  const calls: string[] = [];
  const bridge = wrapBridge(inMemoryBridge(host));
  const kiosk = createKiosk({
    host: createHostClient(
      {
        call: (envelope) => {
          calls.push(envelope.method);
          return bridge.call(envelope);
        },
        on: bridge.on,
      },
      (what) => faults.push(what),
    ),
    i18n: createKioskI18n('es'),
    timers: clock.timers,
    now: clock.now,
    reportFault: (what) => faults.push(what),
  });
  let disconnect: (() => void) | null = null;
  let closed = false;
  const fixture: KioskFixture = {
    kiosk,
    host,
    clock,
    faults,
    calls,
    usage: () =>
      host.usageLog
        .read()
        .filter((stored) => !stored.event.type.startsWith('kiosk.'))
        .map((stored) => ({ sessionId: stored.sessionId, type: stored.event.type, event: stored.event })),
    async connect() {
      disconnect ??= connectKiosk(kiosk);
      const answered = () => kiosk.status.getState().current.status !== 'starting';
      await new Promise<void>((resolve) => {
        if (answered()) return resolve();
        const stop = kiosk.status.subscribe(() => {
          if (!answered()) return;
          stop();
          resolve();
        });
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await kiosk.usage.settled();
      disconnect?.();
      host.close();
      store.remove();
    },
  };
  onTestFinished(() => fixture.close());
  return fixture;
}

/** A ready kiosk with a customer who touched to start and chose `language`, now on the home screen. */
export async function customerAtHome(options: KioskFixtureOptions = {}, language: Language = 'en'): Promise<KioskFixture> {
  const fixture = kioskFixture(options);
  const { kiosk } = fixture;
  await fixture.connect();
  await touchToStart(kiosk);
  if (kiosk.session.getState().phase === 'language') await chooseLanguage(kiosk, language);
  return fixture;
}
