// Where the printer's news goes: its status to every window as a device event (when it changes),
// a failed ticket to the usage log and to staff as an alert, and the customer's language to the paper.
import type { HostErrorPayload } from '../../../../shared/host-api/errors.ts';
import type { PrinterStatusView } from '../../../../shared/host-api/queue-views.ts';
import type { Language } from '../../../../shared/i18n/languages.ts';
import type { EventHub } from '../../api/event-hub.ts';
import type { Sessions } from '../../session/sessions.ts';
import type { UsageLog } from '../../usage/usage-log.ts';
import type { PrinterStatus } from './ticket-printer.ts';

export interface PrinterReportsDeps {
  events: EventHub;
  usageLog: UsageLog;
  sessions: Sessions;
  now: () => Date;
  defaultLanguage: Language;
}

export interface PrinterReports {
  languageOf(sessionId: string | null): Language;
  onPrinterStatus(status: PrinterStatus): void;
  onPrintFailed(problem: HostErrorPayload, ticketNumber: string): void;
  /** What the printer last said of itself; null until it has been asked. */
  lastStatus(): PrinterStatusView | null;
}

export function printingReports({ events, usageLog, sessions, now, defaultLanguage }: PrinterReportsDeps): PrinterReports {
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
      last = { condition, paperNearEnd, checkedAt: checkedAt.toISOString() };
      events.emit('device.printerStatus', last);
    },
    lastStatus: () => last,
    onPrintFailed(problem, ticketNumber) {
      usageLog.append(null, { type: 'printer.failed', code: problem.code });
      events.emit('staff.alert', { kind: 'printer', problem, ticketNumber, at: now().toISOString() });
    },
  };
}
