// Where the printer's news goes: its status to every window as a device event (when it changes),
// a failed ticket and a printer that stops printing to staff as alerts (the failure to the usage
// log too), and the customer's language to the paper.
import type { HostErrorPayload } from '../../../../shared/host-api/errors.ts';
import type { PrinterStatusView } from '../../../../shared/host-api/queue-views.ts';
import type { Language } from '../../../../shared/i18n/languages.ts';
import type { StaffAlerts } from '../../alerts/staff-alerts.ts';
import type { EventHub } from '../../api/event-hub.ts';
import type { Sessions } from '../../session/sessions.ts';
import type { UsageLog } from '../../usage/usage-log.ts';
import type { PrinterStatus } from './ticket-printer.ts';

export interface PrinterReportsDeps {
  events: EventHub;
  alerts: Pick<StaffAlerts, 'raise'>;
  usageLog: UsageLog;
  sessions: Sessions;
  defaultLanguage: Language;
}

export interface PrinterReports {
  languageOf(sessionId: string | null): Language;
  onPrinterStatus(status: PrinterStatus): void;
  onPrintFailed(problem: HostErrorPayload, ticketNumber: string): void;
  /** What the printer last said of itself; null until it has been asked. */
  lastStatus(): PrinterStatusView | null;
}

/** The conditions that stop tickets printing, with the problem staff are told. */
const stoppingConditions = {
  paperOut: 'printer.paperOut',
  coverOpen: 'printer.coverOpen',
  offline: 'printer.offline',
  failed: 'printer.failed',
} as const;

export function printingReports({ events, alerts, usageLog, sessions, defaultLanguage }: PrinterReportsDeps): PrinterReports {
  let last: PrinterStatusView | null = null;
  return {
    languageOf(sessionId) {
      if (sessionId === null) return defaultLanguage;
      try {
        return sessions.open(sessionId).language;
      } catch {
        // The session ended while its ticket printed: the store's language is the safe choice.
        return defaultLanguage;
      }
    },
    onPrinterStatus({ condition, paperNearEnd, checkedAt }) {
      if (last?.condition === condition && last.paperNearEnd === paperNearEnd) return;
      const stoppedBefore = last !== null && last.condition in stoppingConditions;
      last = { condition, paperNearEnd, checkedAt: checkedAt.toISOString() };
      events.emit('device.printerStatus', last);
      // Staff hear once when the printer stops, not at every check while it stays stopped.
      if (condition in stoppingConditions && !stoppedBefore) {
        const code = stoppingConditions[condition as keyof typeof stoppingConditions];
        alerts.raise({ kind: 'printer', problem: { code, params: {} }, ticketNumber: null });
      }
    },
    lastStatus: () => last,
    onPrintFailed(problem, ticketNumber) {
      usageLog.append(null, { type: 'printer.failed', code: problem.code });
      alerts.raise({ kind: 'printer', problem, ticketNumber });
    },
  };
}
