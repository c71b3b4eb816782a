// A renderer kiosk wired to a real host through an in-memory bridge, on a fake clock.
import { createHost, type Host } from '../../../electron/host/create-host.ts';
import type { HostBridge } from '../../../shared/host-api/bridge.ts';
import { createHostClient } from '../../../renderer/host/host-client.ts';
import { createKioskI18n } from '../../../renderer/i18n/create-i18n.ts';
import { createKiosk, type Kiosk } from '../../../renderer/kiosk/create-kiosk.ts';
import { storeConfigFixture, tempStore, type TempStore } from '../../fixtures/store-config.ts';
import { createFakeClock, type FakeClock } from './fake-clock.ts';

export interface KioskFixture {
  kiosk: Kiosk;
  host: Host;
  clock: FakeClock;
  faults: string[];
  /** The usage events the host logged, without the host's own kiosk.* events. */
  usage(): { sessionId: string | null; type: string; event: Record<string, unknown> }[];
  /** Waits for the events still on their way, then closes the host and removes its files. */
  close(): Promise<void>;
}

/** The same envelopes a shell would carry, handed straight to the host's dispatcher. */
export function inMemoryBridge(host: Host): HostBridge {
  return {
    call: (envelope) => host.dispatch(envelope),
    on: (event, listener) =>
      host.events.subscribe((envelope) => {
        if (envelope.event === event) listener(envelope.payload);
      }),
  };
}

export function kioskFixture(
  config: Record<string, unknown> = storeConfigFixture(),
  /** Lets a test stand between the kiosk and the host, e.g. to cut the line. */
  wrapBridge: (bridge: HostBridge) => HostBridge = (bridge) => bridge,
): KioskFixture {
  const store: TempStore = tempStore(config);
  const host = createHost({ configFile: store.configFile, dataDir: store.dataDir, shell: 'test' });
  const clock = createFakeClock();
  const faults: string[] = [];
  const kiosk = createKiosk({
    host: createHostClient(wrapBridge(inMemoryBridge(host)), (what) => faults.push(what)),
    i18n: createKioskI18n('es'),
    timers: clock.timers,
    now: clock.now,
    reportFault: (what) => faults.push(what),
  });
  return {
    kiosk,
    host,
    clock,
    faults,
    usage: () =>
      host.usageLog
        .read()
        .filter((stored) => !stored.event.type.startsWith('kiosk.'))
        .map((stored) => ({ sessionId: stored.sessionId, type: stored.event.type, event: stored.event })),
    async close() {
      await kiosk.usage.settled();
      host.close();
      store.remove();
    },
  };
}
