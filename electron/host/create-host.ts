// Builds the kiosk's host services from a config file and a data folder; every shell starts here.
import { join } from 'node:path';
import type { EventPayload, KioskState, MethodName } from '../../shared/host-api/contract.ts';
import { HostError } from '../../shared/host-api/errors.ts';
import type { Principal } from '../../shared/host-api/roles.ts';
import { createDispatcher, type Dispatch, type HostHandlers } from './api/dispatcher.ts';
import { createEventHub, type EventHub } from './api/event-hub.ts';
import { buildKioskServices, monteCarloEstimatorFor, profileOf, readKioskConfig, type EstimatorFactory, type KioskServices } from './load-kiosk.ts';
import { printingReports } from './devices/printer/printer-reports.ts';
import { queueHandlers } from './queue/queue-handlers.ts';
import { createSessions } from './session/sessions.ts';
import { openKioskDatabase, type KioskDatabase } from './storage/database.ts';
import { createFlowFigures } from './usage/flow-figures.ts';
import { createUsageLog, type UsageLog } from './usage/usage-log.ts';

export interface HostOptions {
  configFile: string;
  dataDir: string;
  shell: 'electron' | 'browser' | 'test';
  now?: () => Date;
  /** The wait estimator for the store's queue; the naive baseline until the real one is wired in. */
  createEstimator?: EstimatorFactory;
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
const purgeEveryMs = 60 * 60 * 1000;
/** Waits change as time passes even when nobody moves, and a new queue day starts unprompted. */
const queueRefreshMs = 30 * 1000;
const printerCheckMs = 60 * 1000;
const refusalLogMs = 60 * 1000;

export function createHost(options: HostOptions): Host {
  const now = options.now ?? (() => new Date());
  const reportFault = options.reportFault ?? ((method, fault) => console.error(`[host] ${method} failed`, fault));
  const db: KioskDatabase = openKioskDatabase(join(options.dataDir, databaseFileName));
  const events = createEventHub();

  const verdict = readKioskConfig(options.configFile);
  let state: KioskState = verdict.ok ? profileOf(verdict.config) : verdict.state;
  const storeId = verdict.ok ? verdict.config.store.id : 'unconfigured';
  const usageLog = createUsageLog({ db, storeId, now });
  const sessions = createSessions({ usageLog, now, pilotShare: verdict.ok ? verdict.config.pilots.share : 0 });
  usageLog.append(null, { type: 'kiosk.started', shell: options.shell });
  if (state.state === 'outOfService') usageLog.append(null, { type: 'kiosk.configRejected', code: state.problem.code });
  const queueListeners = {
    onChange: (update: EventPayload<'queue.changed'>) => events.emit('queue.changed', update),
    onCall: (announcement: EventPayload<'queue.called'>) => events.emit('queue.called', announcement),
  };
  const createEstimator = options.createEstimator ?? monteCarloEstimatorFor;
  const printing = verdict.ok ? printingReports({ events, usageLog, sessions, now, defaultLanguage: verdict.config.languages.default }) : null;
  const kioskServices: KioskServices | null =
    verdict.ok && printing ? buildKioskServices({ ...verdict, db, usageLog, now, queueListeners, createEstimator, reportFault, printing }) : null;

  const purge = () => kioskServices?.complaints?.purgeExpiredContacts();
  purge();
  const purgeTimer = setInterval(purge, purgeEveryMs);
  purgeTimer.unref();
  const queueTimer = setInterval(() => kioskServices?.queue.refresh().catch((fault: unknown) => reportFault('queue.refresh', fault)), queueRefreshMs);
  queueTimer.unref();
  // Staff hear of a printer out of paper before the next customer does.
  const printerTimer = setInterval(() => void kioskServices?.printer?.status(), printerCheckMs);
  printerTimer.unref();
  void kioskServices?.printer?.status();

  function services(): KioskServices {
    if (!kioskServices) throw new HostError('kiosk.outOfService');
    return kioskServices;
  }

  const flowFigures = createFlowFigures({ db, now });

  const handlers: HostHandlers = {
    'kiosk.state': () => state,
    'kiosk.setAssisted': ({ assisted }) => {
      if (state.state !== 'ready') throw new HostError('kiosk.outOfService');
      if (state.assisted !== assisted) {
        state = { ...state, assisted };
        usageLog.append(null, { type: 'assisted.changed', assisted });
        events.emit('kiosk.stateChanged', state);
      }
      return state;
    },
    'session.start': ({ language }) => sessions.start(language),
    'session.end': ({ sessionId, reason }) => {
      sessions.end(sessionId, reason);
      return {};
    },
    'usage.record': ({ sessionId, event }) => {
      sessions.open(sessionId);
      usageLog.append(sessionId, event);
      return {};
    },
    'help.request': async ({ sessionId, screen }) => {
      // A session id must be one this host handed out: nothing forged reaches the log.
      if (sessionId !== null) sessions.open(sessionId);
      // Staff hear of it even when the kiosk is out of service and has no queue to give a ticket for.
      usageLog.append(sessionId, { type: 'help.requested', screen });
      events.emit('staff.helpRequested', { screen, at: now().toISOString() });
      const { queue, helpService } = services();
      return { ticket: await queue.takeTicket({ service: helpService, kind: 'help', sessionId }) };
    },
    'flow.figures': () => ({ figures: flowFigures() }),
    'device.printerStatus': () => ({ printer: printing?.lastStatus() ?? null }),
    'flow.runAction': (request) => {
      const { seesPilots } = sessions.open(request.sessionId);
      return services().flowRunner.run(request, { seesPilots, assisted: state.state === 'ready' && state.assisted });
    },
    ...queueHandlers(() => services().queue, sessions),
  };

  // A refusal is logged once a minute per role and method: a page hammering one cannot flood the log.
  const lastRefusal = new Map<string, number>();
  const forbidden = (method: MethodName, principal: Principal) => {
    const key = `${principal.role} ${method}`;
    const at = now().getTime();
    if (at - (lastRefusal.get(key) ?? Number.NEGATIVE_INFINITY) < refusalLogMs) return;
    lastRefusal.set(key, at);
    usageLog.append(null, { type: 'auth.forbidden', method, role: principal.role });
  };

  return {
    dispatch: createDispatcher(handlers, { reportFault, forbidden }),
    events,
    usageLog,
    state: () => state,
    close: () => {
      clearInterval(purgeTimer);
      clearInterval(queueTimer);
      clearInterval(printerTimer);
      db.close();
    },
  };
}
