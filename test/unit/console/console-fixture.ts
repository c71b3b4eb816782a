// Counter consoles wired to one real host on the demo store, each as a signed-in member of staff,
// through an in-memory bridge, on one fake clock. A console's line can lapse (the listener then
// answers staff.notSignedIn, as it does for an expired session) and its event socket can reopen.
import { onTestFinished } from 'vitest';
import { createHost, type Host } from '../../../electron/host/create-host.ts';
import type { HostBridge } from '../../../shared/host-api/bridge.ts';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/host-api/contract.ts';
import type { Principal } from '../../../shared/host-api/roles.ts';
import { createHostClient } from '../../../renderer/kit/host/host-client.ts';
import { createKioskI18n } from '../../../renderer/kit/i18n/create-i18n.ts';
import { createStaffConsole } from '../../../renderer/console/create-staff-console.ts';
import { pageMemory } from '../../../renderer/kit/browser-memory.ts';
import type { StaffConsole } from '../../../renderer/console/staff-console.ts';
import { exampleStoreCopy } from '../../fixtures/host.ts';
import { createFakeClock, type FakeClock } from '../renderer/fake-clock.ts';

export interface ConsoleUnderTest {
  staffConsole: StaffConsole;
  memory: ReturnType<typeof pageMemory>;
  /** Every host call the console made, in order, as it left the console. */
  calls: { method: string; input: unknown }[];
  methods(): string[];
  chimes(): number;
  /** The session lapses on the listener: every call is answered staff.notSignedIn from now on. */
  lapse(): void;
  /** The event socket opens (again), as after a reconnect. */
  reopenEvents(): void;
  /** The host closes the event socket, e.g. with 4401 when the session it was opened with ended. */
  closeEvents(code: number): void;
  reconnects(): number;
}

export interface ConsoleRig {
  host: Host;
  /** The host's data folder, where its database file lies. */
  dataDir: string;
  clock: FakeClock;
  openConsole(staffId?: string): ConsoleUnderTest;
  /** Calls the host as the operator would, e.g. to take a ticket as the kiosk does. */
  operator<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  /** Calls the host as the customer screens do (a help request). */
  customer<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
}

export function consoleRig(): ConsoleRig {
  const store = exampleStoreCopy('demo');
  const host = createHost({ configFile: store.configFile, dataDir: store.dataDir, shell: 'test' });
  onTestFinished(() => {
    host.close();
    store.remove();
  });
  const clock = createFakeClock();
  const as = async <M extends MethodName>(principal: Principal, method: M, input: MethodInput<M>) => {
    const reply = await host.dispatch({ id: 'rig', method, input }, principal);
    if (!reply.ok) throw new Error(`${method}: ${reply.error.code}`);
    return reply.result as MethodResult<M>;
  };

  return {
    host,
    dataDir: store.dataDir,
    clock,
    operator: (method, input) => as({ role: 'operator' }, method, input),
    customer: (method, input) => as({ role: 'customer' }, method, input),
    openConsole(staffId = 'ana') {
      const principal: Principal = { role: 'staff', staffId, device: `console-${staffId}` };
      const calls: { method: string; input: unknown }[] = [];
      const openListeners = new Set<() => void>();
      const closeListeners = new Set<(code: number) => void>();
      const memory = pageMemory();
      let signedIn = true;
      let reconnects = 0;
      let chimes = 0;
      const bridge: HostBridge = {
        call: async (envelope) => {
          calls.push({ method: envelope.method, input: envelope.input });
          if (!signedIn) return { id: envelope.id, ok: false, error: { code: 'staff.notSignedIn', params: {} } };
          return host.dispatch(envelope, principal);
        },
        on: (event, listener) =>
          host.events.subscribe(principal, (envelope) => {
            if (envelope.event === event) listener(envelope.payload);
          }),
      };
      const staffConsole = createStaffConsole({
        host: createHostClient(bridge, () => undefined),
        events: {
          reconnect: () => void (reconnects += 1),
          onOpen: (listener) => {
            openListeners.add(listener);
            return () => openListeners.delete(listener);
          },
          onClose: (listener) => {
            closeListeners.add(listener);
            return () => closeListeners.delete(listener);
          },
        },
        fetch: () => Promise.reject(new Error('no sign-in routes here')),
        i18n: createKioskI18n('en'),
        memory,
        chime: { prime: () => undefined, play: () => void (chimes += 1) },
        timers: clock.timers,
        now: clock.now,
      });
      staffConsole.session.getState().signedIn({ id: staffId, name: staffId, role: 'staff' }, 30);
      return {
        staffConsole,
        memory,
        calls,
        methods: () => calls.map((call) => call.method),
        chimes: () => chimes,
        lapse: () => void (signedIn = false),
        reopenEvents: () => {
          for (const listener of openListeners) listener();
        },
        closeEvents: (code) => {
          for (const listener of closeListeners) listener(code);
        },
        reconnects: () => reconnects,
      };
    },
  };
}
