// Builds the kiosk's host services from a config file and a data folder; every shell starts here.
import { join } from 'node:path';
import { HostError } from '../../shared/host-api/errors.ts';
import type { KioskState } from '../../shared/host-api/contract.ts';
import { createDispatcher, type Dispatch, type HostHandlers } from './api/dispatcher.ts';
import { createEventHub, type EventHub } from './api/event-hub.ts';
import { loadStoreConfig } from './config/load-store-config.ts';
import { loadOrderBook } from './pickup/order-book.ts';
import { createOrderPickup, type OrderPickup } from './pickup/order-pickup.ts';
import { createSessions } from './session/sessions.ts';
import { openKioskDatabase, type KioskDatabase } from './storage/database.ts';
import { createUsageLog, type UsageLog } from './usage/usage-log.ts';

export interface HostOptions {
  configFile: string;
  dataDir: string;
  shell: 'electron' | 'browser' | 'test';
  now?: () => Date;
  /** Where faults go that the customer must not see: a handler bug, a bad handler result. */
  reportFault?: (method: string, fault: unknown) => void;
}

export interface Host {
  dispatch: Dispatch;
  events: EventHub;
  usageLog: UsageLog;
  state(): KioskState;
  close(): void;
}

export const databaseFileName = 'atiende.sqlite';

export function createHost(options: HostOptions): Host {
  const now = options.now ?? (() => new Date());
  const reportFault = options.reportFault ?? ((method, fault) => console.error(`[host] ${method} failed`, fault));
  const db: KioskDatabase = openKioskDatabase(join(options.dataDir, databaseFileName));
  const events = createEventHub();

  const state = readKioskState(options.configFile, db, now);
  const usageLog = createUsageLog({ db, storeId: state.storeId, now });
  const sessions = createSessions({ usageLog, now });
  usageLog.append(null, { type: 'kiosk.started', shell: options.shell });
  if (state.kiosk.state === 'outOfService') {
    usageLog.append(null, { type: 'kiosk.configRejected', code: state.kiosk.problem.code });
  }

  function requirePickup(): OrderPickup {
    if (!state.pickup) throw new HostError('kiosk.outOfService');
    return state.pickup;
  }

  const handlers: HostHandlers = {
    'kiosk.state': () => state.kiosk,
    'session.start': ({ language }) => ({ sessionId: sessions.start(language) }),
    'session.end': ({ sessionId, reason }) => {
      sessions.end(sessionId, reason);
      return {};
    },
    'usage.record': ({ sessionId, event }) => {
      sessions.assertOpen(sessionId);
      usageLog.append(sessionId, event);
      return {};
    },
    'help.request': ({ sessionId, screen }) => {
      usageLog.append(sessionId, { type: 'help.requested', screen });
      events.emit('staff.helpRequested', { screen, at: now().toISOString() });
      return { acknowledged: true as const };
    },
    'pickup.findOrder': ({ sessionId, flowId, code }) => {
      sessions.assertOpen(sessionId);
      try {
        const order = requirePickup().find(code);
        return { itemCount: order.itemCount, collectionPoint: order.collectionPoint };
      } catch (error) {
        logLookupFailure(usageLog, sessionId, flowId, error);
        throw error;
      }
    },
    'pickup.collect': ({ sessionId, flowId, code }) => {
      sessions.assertOpen(sessionId);
      const collected = requirePickup().collect(code);
      usageLog.append(sessionId, { type: 'order.collected', flowId });
      return collected;
    },
  };

  return {
    dispatch: createDispatcher(handlers, reportFault),
    events,
    usageLog,
    state: () => state.kiosk,
    close: () => db.close(),
  };
}

function readKioskState(configFile: string, db: KioskDatabase, now: () => Date) {
  const verdict = loadStoreConfig(configFile);
  if (!verdict.ok) {
    return { kiosk: { state: 'outOfService', problem: verdict.problem } as KioskState, storeId: 'unconfigured', pickup: null };
  }
  const { config } = verdict;
  const orders = loadOrderBook(configFile, config);
  if (!orders.ok) {
    return { kiosk: { state: 'outOfService', problem: orders.problem } as KioskState, storeId: config.store.id, pickup: null };
  }
  const kiosk: KioskState = {
    state: 'ready',
    profile: {
      storeId: config.store.id,
      storeName: config.store.name,
      languages: config.languages,
      session: config.session,
      services: config.services,
    },
  };
  const pickup = createOrderPickup({ db, orders: orders.orders, storeId: config.store.id, now });
  return { kiosk, storeId: config.store.id, pickup };
}

function logLookupFailure(usageLog: UsageLog, sessionId: string, flowId: string, error: unknown): void {
  if (!(error instanceof HostError)) return;
  if (error.code === 'order.notFound') {
    usageLog.append(sessionId, { type: 'order.lookupFailed', flowId, reason: 'notFound' });
  } else if (error.code === 'order.alreadyCollected') {
    usageLog.append(sessionId, { type: 'order.lookupFailed', flowId, reason: 'alreadyCollected' });
  }
}
