// Builds the kiosk's host services from a config file and a data folder; every shell starts here.
import { dirname, join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type { NetworkConfig, StaffConfig } from '../../shared/config/staff-config.ts';
import { defaultRetentionDays, storeConfigSchema } from '../../shared/config/store-config.ts';
import { patternFallbackJsFlag } from '../../shared/flows/pattern-engine.ts';
import { hostMethods, type EventPayload, type KioskState, type MethodName } from '../../shared/host-api/contract.ts';
import { HostError } from '../../shared/host-api/errors.ts';
import { runtimeTimeZone } from '../../shared/queue/estimate/store-clock.ts';
import { kioskHeartbeatMinutes } from '../../shared/usage/events.ts';
import type { Principal, Role } from '../../shared/host-api/roles.ts';
import { createStaffAlerts } from './alerts/staff-alerts.ts';
import { createDispatcher, type Dispatch, type HostHandlers } from './api/dispatcher.ts';
import { auditStaffAction, showsStaffPresence } from './audit/action-audit.ts';
import { complaintHandlers } from './complaints/complaint-handlers.ts';
import { createEventHub, type EventHub } from './api/event-hub.ts';
import { buildKioskServices, monteCarloEstimatorFor, profileOf, readKioskConfig, type EstimatorFactory, type KioskServices } from './load-kiosk.ts';
import { printerHandlers } from './devices/printer/printer-handlers.ts';
import { printingReports } from './devices/printer/printer-reports.ts';
import { flowHandlers } from './flows/flow-handlers.ts';
import { healthHandlers } from './health/health-handlers.ts';
import type { HealthMonitor } from './health/health-monitor.ts';
import { startKioskHealth } from './health/kiosk-health.ts';
import { helpHandlers } from './help/help-handlers.ts';
import { kioskHandlers } from './kiosk/kiosk-handlers.ts';
import { createKioskState } from './kiosk/kiosk-state.ts';
import { createStaffAtKiosk } from './kiosk/staff-at-kiosk.ts';
import { staffHandlers } from './kiosk/staff-handlers.ts';
import { queueHandlers } from './queue/queue-handlers.ts';
import { sessionHandlers } from './session/session-handlers.ts';
import { createSessions } from './session/sessions.ts';
import { createAuditLog, type AuditLog } from './staff/audit-log.ts';
import { staffFilePath } from './staff/staff-file.ts';
import { createStaffSignIn, type StaffSignIn } from './staff/staff-sign-in.ts';
import { databaseFileName } from './storage/database.ts';
import { openOrRecover } from './storage/open-or-recover.ts';
import { startRetention } from './storage/retention.ts';
import { startFleetTelemetry } from './telemetry/fleet-telemetry.ts';
import { createFlowFigures } from './usage/flow-figures.ts';
import type { PdfPrinter } from './reports/pdf-printer.ts';
import { createReportService, type ReportService } from './reports/report-service.ts';
import { reportHandlers } from './reports/report-handlers.ts';
import { startRollups } from './reports/usage-rollups.ts';
import { createSpeechEngine } from './speech/espeak-engine.ts';
import { linuxInputDevices, watchHeadset, type InputDevicePaths } from './speech/headset-watch.ts';
import { speechHandlers } from './speech/speech-handlers.ts';
import { createUsageLog, type UsageLog } from './usage/usage-log.ts';

export interface HostOptions {
  configFile: string;
  dataDir: string;
  shell: 'electron' | 'browser' | 'test';
  now?: () => Date;
  /** The wait estimator for the store's queue: the Monte Carlo one, unless a test or benchmark brings another. */
  createEstimator?: EstimatorFactory;
  /** The store's IANA time zone, for the reports' days and hours: the machine's unless a test brings another. */
  timeZone?: string;
  /** Where faults go that the customer must not see: a handler bug, a bad handler result. */
  reportFault?: (method: string, fault: unknown) => void;
  /** Prints the HTML report to PDF for `reports.pdf`, with the shell's Chromium; without one, that method says it cannot. */
  printPdf?: PdfPrinter;
  /**
   * Where to watch for a headset plugged into the jack: Linux's input devices by default, except
   * under the tests' shell, which watches only what a test names; null for nowhere.
   */
  inputDevices?: InputDevicePaths | null;
}

export interface Host {
  dispatch: Dispatch;
  events: EventHub;
  usageLog: UsageLog;
  reports: ReportService;
  state(): KioskState;
  /** The displays the store config asks for; none beyond the kiosk's own when the config was refused. */
  displays: { waitingBoard: boolean };
  /** Staff sign-in and the audit, for the store-network listener; `config` null when the store has no staff sign-in. */
  staff: { signIn: StaffSignIn; audit: AuditLog; config: StaffConfig | null };
  /** The store-network listener the config asks for, its certificate and key as absolute paths; null for none. */
  network: NetworkConfig | null;
  /** The self-checks (database, disk, printer, clock): run at start and every few minutes, or now. */
  health: HealthMonitor;
  close(): void;
}

const purgeEveryMs = 60 * 60 * 1000;
/** The config's default speech settings, for a kiosk whose config was refused: it may still say it is out of service. */
const defaultSpeech = storeConfigSchema.shape.accessibility.parse(undefined).speech;
/** Waits change as time passes even when nobody moves, and a new queue day starts unprompted. */
const queueRefreshMs = 30 * 1000;
const printerCheckMs = 60 * 1000;
const refusalLogMs = 60 * 1000;
const staffIdleCheckMs = 15 * 1000;
/** Who counts as a console listening for alerts: not the operator's command line. */
const consoleRoles: readonly Role[] = ['staff', 'manager'];

export function createHost(options: HostOptions): Host {
  // The host checks every value a flow's action gets against the store's patterns: a runaway one is
  // finished by V8's linear engine here too (shared/flows/pattern-engine.ts).
  setFlagsFromString(patternFallbackJsFlag);
  const now = options.now ?? (() => new Date());
  const reportFault = options.reportFault ?? ((method, fault) => console.error(`[host] ${method} failed`, fault));
  // A damaged file is moved aside and a fresh one opened: the kiosk starts whatever the disk holds.
  const { db, recovery } = openOrRecover(join(options.dataDir, databaseFileName), now);
  const events = createEventHub();

  const verdict = readKioskConfig(options.configFile);
  const initial: KioskState = verdict.ok ? profileOf(verdict.config) : verdict.state;
  const storeId = verdict.ok ? verdict.config.store.id : 'unconfigured';
  // Before the first event: the outbox must know whether to take it.
  const telemetry = startFleetTelemetry({ db, store: verdict.ok ? { ...verdict.config.store, telemetry: verdict.config.telemetry } : null, now });
  const usageLog = createUsageLog({ db, storeId, now });
  const sessions = createSessions({ usageLog, now, pilotShare: verdict.ok ? verdict.config.pilots.share : 0 });
  usageLog.append(null, { type: 'kiosk.started', shell: options.shell });
  if (recovery) {
    usageLog.append(null, { type: 'storage.recovered', reason: recovery.reason });
    console.warn(`[host] the database was damaged (${recovery.reason}): moved aside as ${recovery.movedTo}; the kiosk goes on with a fresh one`);
  }
  if (initial.state === 'outOfService') usageLog.append(null, { type: 'kiosk.configRejected', code: initial.problem.code });
  const kiosk = createKioskState({ initial, usageLog, now, emit: events.emit });
  const config = verdict.ok ? verdict.config : null;
  const audit = createAuditLog({ db, now });
  const staffSignIn = createStaffSignIn({ db, staffFile: config ? staffFilePath(options.configFile, config) : null, now, audit });
  const atKiosk = createStaffAtKiosk({ signIn: staffSignIn.signIn, audit, kiosk, idleMinutes: config?.staff?.kioskIdleMinutes ?? 3, now });
  const alerts = createStaffAlerts({ db, now, emit: events.emit });
  const queueListeners = {
    onChange: (update: EventPayload<'queue.changed'>) => events.emit('queue.changed', update),
    onCall: (announcement: EventPayload<'queue.called'>) => events.emit('queue.called', announcement),
  };
  const createEstimator = options.createEstimator ?? monteCarloEstimatorFor;
  // Staff signed in at the kiosk give tickets as staff: the customer limits do not hold them.
  const staffAtKiosk = () => {
    const state = kiosk.current();
    return state.state === 'ready' && state.staff !== null;
  };
  const printing = verdict.ok ? printingReports({ events, alerts, usageLog, sessions, defaultLanguage: verdict.config.languages.default }) : null;
  const kioskServices: KioskServices | null =
    verdict.ok && printing
      ? buildKioskServices({ ...verdict, db, usageLog, now, queueListeners, createEstimator, reportFault, printing, ticketLimits: { alerts, kioskName: verdict.config.store.kioskName, staffAtKiosk } })
      : null;

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
  const staffIdleTimer = setInterval(() => atKiosk.checkIdle(), staffIdleCheckMs);
  staffIdleTimer.unref();
  const reports = createReportService({ db, config, now, timeZone: options.timeZone ?? runtimeTimeZone() });
  const rollupTimer = startRollups(reports.rollups, (fault) => reportFault('reports.rollups', fault));
  // The reports' running time and uptime: one fact per beat, saying whether customers could use the kiosk.
  const heartbeat = () => {
    const state = kiosk.current();
    usageLog.append(null, { type: 'kiosk.alive', inService: state.state === 'ready' && state.closure === null });
  };
  heartbeat();
  const heartbeatTimer = setInterval(heartbeat, kioskHeartbeatMinutes * 60_000);
  heartbeatTimer.unref();
  const retention = startRetention({ db, days: config?.retention.days ?? defaultRetentionDays, now, reportFault: (fault) => reportFault('storage.retention', fault) });
  const health = startKioskHealth({
    db,
    dataDir: options.dataDir,
    settings: config?.health,
    printerStatus: kioskServices?.printer && printing ? printing.lastStatus : null,
    usageLog,
    alerts,
    kioskName: config?.store.kioskName ?? 'Kiosk',
    now,
    emit: events.emit,
  });

  const speech = createSpeechEngine({ settings: config?.accessibility.speech ?? defaultSpeech, reportFault });
  const inputDevices = options.inputDevices === undefined ? (process.platform === 'linux' && options.shell !== 'test' ? linuxInputDevices : null) : options.inputDevices;
  const headset = inputDevices ? watchHeadset({ paths: inputDevices, onChange: (plugged) => events.emit('accessibility.headsetChanged', { plugged }) }) : null;

  const isAssisted = (state: KioskState) => state.state === 'ready' && state.assisted;

  function services(): KioskServices {
    if (!kioskServices) throw new HostError('kiosk.outOfService');
    return kioskServices;
  }

  // Every domain brings its own host methods; the compiler checks that each method has its handler.
  const handlers: HostHandlers = {
    ...kioskHandlers({ kiosk, emit: events.emit }),
    // Staff who closed the kiosk stay signed in to open it again.
    ...sessionHandlers(sessions, usageLog, () => {
      const state = kiosk.current();
      if (state.state !== 'ready' || state.closure === null) atKiosk.signOut('sessionEnded');
    }),
    ...staffHandlers({ atKiosk, member: staffSignIn.member, alerts, audit }),
    ...helpHandlers({
      sessions,
      usageLog,
      alerts,
      kioskName: config?.store.kioskName ?? 'Kiosk',
      consolesConnected: () => events.listening(consoleRoles),
      helpQueue: () => services(),
    }),
    ...flowHandlers({ sessions, flowRunner: () => services().flowRunner, assisted: () => isAssisted(kiosk.current()), figures: createFlowFigures({ rollups: reports.rollups }) }),
    ...queueHandlers(() => services().queue, sessions),
    ...printerHandlers(printing),
    ...healthHandlers(health.monitor),
    ...complaintHandlers({ desk: kioskServices?.complaints ?? null }),
    ...reportHandlers({ service: reports, printPdf: options.printPdf, fallbackLanguage: config?.languages.default ?? 'es', reportFault }),
    ...speechHandlers(speech),
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

  // Staff at the kiosk act through its page: their rights are added to its calls, and anything done
  // at the kiosk meanwhile (their own actions, the customer they help moving on) keeps them signed
  // in; what only staff could do goes to the audit.
  const acted = (method: MethodName, principal: Principal, input: unknown) => {
    if (principal.role === 'customer' && principal.signedIn && (!('readOnly' in hostMethods[method]) || showsStaffPresence(method))) atKiosk.noteActivity();
    auditStaffAction(audit, method, principal, input);
  };
  const dispatcher = createDispatcher(handlers, { reportFault, forbidden, acted });

  return {
    dispatch: (envelope, principal) => dispatcher(envelope, atKiosk.principalOf(principal)),
    events,
    usageLog,
    reports,
    state: () => kiosk.current(),
    displays: { waitingBoard: verdict.ok && verdict.config.displays.waitingBoard },
    staff: { signIn: staffSignIn, audit, config: config?.staff ?? null },
    network: config?.network ? withAbsolutePaths(config.network, dirname(options.configFile)) : null,
    health: health.monitor,
    close: () => {
      health.stop();
      speech.close();
      void headset?.stop();
      clearInterval(staffIdleTimer);
      clearInterval(purgeTimer);
      clearInterval(queueTimer);
      kioskServices?.queue.close();
      clearInterval(printerTimer);
      clearInterval(heartbeatTimer);
      rollupTimer.stop();
      retention.stop();
      // Not waited for: a batch acknowledged after the close stays in the outbox and goes again, same seq.
      void telemetry?.stop();
      db.close();
    },
  };
}

function withAbsolutePaths(network: NetworkConfig, configDir: string): NetworkConfig {
  return {
    ...network,
    ...(network.certificate === undefined ? {} : { certificate: resolve(configDir, network.certificate) }),
    ...(network.key === undefined ? {} : { key: resolve(configDir, network.key) }),
  };
}
