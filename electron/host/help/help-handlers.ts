// "Prefer a person?" from any screen: staff hear of it at once on every console, and the customer
// gets a ticket in the store's help service, even when the kiosk can do nothing else for them. The
// kiosk is told whether a console heard it, so it never promises a person nobody was told about.
import type { DomainHandlers } from '../api/dispatcher.ts';
import type { StaffAlerts } from '../alerts/staff-alerts.ts';
import type { QueueSystem } from '../queue/queue-system.ts';
import type { Sessions } from '../session/sessions.ts';
import type { UsageLog } from '../usage/usage-log.ts';

export interface HelpDeps {
  sessions: Sessions;
  usageLog: UsageLog;
  alerts: Pick<StaffAlerts, 'raise'>;
  /** The name staff know this kiosk by. */
  kioskName: string;
  /** How many staff consoles are connected now. */
  consolesConnected: () => number;
  /** The queue and its help service; answers kiosk.outOfService itself when the config was refused. */
  helpQueue: () => { queue: QueueSystem; helpService: string };
}

export function helpHandlers({ sessions, usageLog, alerts, kioskName, consolesConnected, helpQueue }: HelpDeps): DomainHandlers<'help'> {
  return {
    'help.request': async ({ sessionId, screen, reason }) => {
      // A session id must be one this host handed out: nothing forged reaches the log.
      if (sessionId !== null) sessions.open(sessionId);
      usageLog.append(sessionId, { type: 'help.requested', screen, reason });
      const staffTold = consolesConnected() > 0;
      try {
        const { queue, helpService } = helpQueue();
        const ticket = await queue.takeTicket({ service: helpService, kind: 'help', sessionId });
        alerts.raise({ kind: 'help', reason, kiosk: kioskName, screen, ticketNumber: ticket.number });
        return { ticket, staffTold };
      } catch (problem) {
        // Staff hear of it even when the kiosk is out of service and has no queue to give a ticket for.
        alerts.raise({ kind: 'help', reason, kiosk: kioskName, screen, ticketNumber: null });
        throw problem;
      }
    },
  };
}
