// Builds one kiosk's renderer state: the host client, translator, stores, speaker, usage recorder and
// idle watch. Nothing here is a module singleton, so tests build their own; connectKiosk wires it
// to the host.
import type { i18n } from 'i18next';
import type { FaultReporter, HostClient } from '../kit/host/host-client.ts';
import { createPageSpeaker } from '../kit/speech/page-speaker.ts';
import type { Timers } from '../kit/timers.ts';
import { createAccessibilityStore } from './accessibility/accessibility-store.ts';
import { createFlowStore } from './flows/flow-store.ts';
import { createHelpStore } from './help/help-store.ts';
import { createIdleStore } from './idle/idle-store.ts';
import { createIdleWatch } from './idle/idle-watch.ts';
import type { Kiosk } from './kiosk.ts';
import { createKioskStatusStore, profileOf } from './kiosk-status-store.ts';
import { createSessionStore } from './session/session-store.ts';
import { createUsageRecorder } from './session/usage-recorder.ts';
import { createStaffStore } from './staff/staff-store.ts';
import { createTutorialStore } from './tutorials/tutorial-store.ts';

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
  const status = createKioskStatusStore();
  const accessibility = createAccessibilityStore();
  const speech = () => profileOf(status.getState())?.accessibility.speech;
  return {
    host,
    i18n,
    status,
    session: createSessionStore(),
    flow: createFlowStore(),
    idle,
    help: createHelpStore(),
    tutorial: createTutorialStore(),
    staff: createStaffStore(),
    accessibility,
    speaker: createPageSpeaker({
      host,
      setting: () => speech()?.engine ?? 'auto',
      wordsPerMinute: () => speech()?.wordsPerMinute ?? 165,
      volume: () => accessibility.getState().volume,
    }),
    usage: createUsageRecorder(host, report),
    idleWatch: createIdleWatch({ store: idle, timers, now }),
    timers,
    now,
    reportFault: report,
  };
}
