// One counter console's state as every action and component sees it: the host client (which
// notices a lapsed sign-in), its event connection, the stores, the alert chime, memory and clock.
import type { i18n } from 'i18next';
import type { EventConnection } from '../kit/host/browser-bridge.ts';
import type { HostClient } from '../kit/host/host-client.ts';
import type { Timers } from '../kit/timers.ts';
import type { AlertChime } from './alerts/alert-chime.ts';
import type { AlertStore } from './alerts/alert-store.ts';
import type { CounterChoiceStore } from './counter/counter-choice-store.ts';
import type { CounterQueueStore } from './counter/counter-queue-store.ts';
import type { DeskStore } from './counter/desk-store.ts';
import type { BrowserMemory } from '../kit/browser-memory.ts';
import type { SessionStore } from '../kit/staff/session-store.ts';

export interface StaffConsole {
  host: HostClient;
  events: EventConnection;
  /** The page's own fetch, for the sign-in routes. */
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  i18n: i18n;
  memory: BrowserMemory;
  session: SessionStore;
  counterChoice: CounterChoiceStore;
  queue: CounterQueueStore;
  desk: DeskStore;
  alerts: AlertStore;
  chime: AlertChime;
  timers: Timers;
  now: () => number;
}
