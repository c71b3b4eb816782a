// Builds one console's state. Nothing is a module singleton, so tests build their own.
import type { i18n } from 'i18next';
import type { EventConnection } from '../kit/host/browser-bridge.ts';
import type { HostClient } from '../kit/host/host-client.ts';
import type { Timers } from '../kit/timers.ts';
import type { AlertChime } from './alerts/alert-chime.ts';
import { createAlertStore } from './alerts/alert-store.ts';
import { createCounterChoiceStore } from './counter/counter-choice-store.ts';
import { createCounterQueueStore } from './counter/counter-queue-store.ts';
import { createDeskStore } from './counter/desk-store.ts';
import type { BrowserMemory } from '../kit/browser-memory.ts';
import { guardSession } from '../kit/staff/session-guard.ts';
import { createSessionStore } from '../kit/staff/session-store.ts';
import type { StaffConsole } from './staff-console.ts';

export interface StaffConsoleDeps {
  host: HostClient;
  events: EventConnection;
  fetch: StaffConsole['fetch'];
  i18n: i18n;
  memory: BrowserMemory;
  chime: AlertChime;
  timers: Timers;
  now: () => number;
}

export function createStaffConsole({ host, ...deps }: StaffConsoleDeps): StaffConsole {
  const session = createSessionStore();
  return {
    ...deps,
    host: guardSession(host, () => session.getState().expired()),
    session,
    counterChoice: createCounterChoiceStore(deps.memory),
    queue: createCounterQueueStore(),
    desk: createDeskStore(),
    alerts: createAlertStore(),
  };
}
