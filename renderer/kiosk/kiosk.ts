// One kiosk's renderer state as every action and component sees it: the host client, the
// translator, the stores (staff at the kiosk among them), the usage recorder, the idle watch and the clock.
import type { i18n } from 'i18next';
import type { FaultReporter, HostClient } from '../kit/host/host-client.ts';
import type { Speaker } from '../kit/speech/speaker.ts';
import type { Timers } from '../kit/timers.ts';
import type { AccessibilityStore } from './accessibility/accessibility-store.ts';
import type { FlowStore } from './flows/flow-store.ts';
import type { HelpStore } from './help/help-store.ts';
import type { IdleStore } from './idle/idle-store.ts';
import type { IdleWatch } from './idle/idle-watch.ts';
import type { KioskStatusStore } from './kiosk-status-store.ts';
import type { SessionStore } from './session/session-store.ts';
import type { StaffStore } from './staff/staff-store.ts';
import type { UsageRecorder } from './session/usage-recorder.ts';
import type { TutorialStore } from './tutorials/tutorial-store.ts';

export interface Kiosk {
  host: HostClient;
  i18n: i18n;
  status: KioskStatusStore;
  session: SessionStore;
  flow: FlowStore;
  idle: IdleStore;
  help: HelpStore;
  tutorial: TutorialStore;
  staff: StaffStore;
  /** The customer's accessibility modes, for this session only. */
  accessibility: AccessibilityStore;
  /** The page's one voice: the kiosk reading itself aloud while speech is on. */
  speaker: Speaker;
  usage: UsageRecorder;
  idleWatch: IdleWatch;
  timers: Timers;
  now: () => number;
  reportFault: FaultReporter;
}
