// Builds one kiosk's renderer state: the host client, translator, stores and the idle watch
// wired to end forgotten sessions. Nothing here is a module singleton, so tests build their own.
import type { i18n } from 'i18next';
import type { FaultReporter, HostClient } from '../host/host-client.ts';
import { createFlowStore, type FlowStore } from '../flows/flow-store.ts';
import { createHelpStore, type HelpStore } from '../help/help-store.ts';
import { createIdleStore, type IdleStore } from '../idle/idle-store.ts';
import { createIdleWatch, type IdleWatch } from '../idle/idle-watch.ts';
import { endSession, noteIdleWarning } from '../session/session-actions.ts';
import { createSessionStore, type SessionStore } from '../session/session-store.ts';
import { createUsageRecorder, type UsageRecorder } from '../session/usage-recorder.ts';
import { createTutorialStore, type TutorialStore } from '../tutorials/tutorial-store.ts';
import { createSettingsStore, type SettingsStore } from './settings-store.ts';
import type { Timers } from './timers.ts';

export interface Kiosk {
  host: HostClient;
  i18n: i18n;
  settings: SettingsStore;
  session: SessionStore;
  flow: FlowStore;
  idle: IdleStore;
  help: HelpStore;
  tutorial: TutorialStore;
  usage: UsageRecorder;
  idleWatch: IdleWatch;
  timers: Timers;
  now: () => number;
  reportFault: FaultReporter;
}

export interface KioskDeps {
  host: HostClient;
  i18n: i18n;
  timers: Timers;
  now: () => number;
  reportFault?: FaultReporter;
}

export function createKiosk({ host, i18n, timers, now, reportFault }: KioskDeps): Kiosk {
  const report: FaultReporter = reportFault ?? ((what, fault) => console.warn(`[kiosk] ${what}`, fault));
  const idle = createIdleStore();
  const kiosk: Kiosk = {
    host,
    i18n,
    settings: createSettingsStore(),
    session: createSessionStore(),
    flow: createFlowStore(),
    idle,
    help: createHelpStore(),
    tutorial: createTutorialStore(),
    usage: createUsageRecorder(host, report),
    idleWatch: createIdleWatch({
      store: idle,
      timers,
      now,
      onWarn: () => noteIdleWarning(kiosk),
      onTimeout: () => endSession(kiosk, 'timedOut'),
    }),
    timers,
    now,
    reportFault: report,
  };
  return kiosk;
}
