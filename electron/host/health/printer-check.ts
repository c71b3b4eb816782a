// The printer check: what the ticket printer answered to the host's own status query, asked every
// minute (create-host.ts); asking again here would only queue behind it, and a check never prints.
import type { HostErrorCode } from '../../../shared/host-api/errors.ts';
import type { PrinterStatusView } from '../../../shared/host-api/queue-views.ts';
import type { CheckOutcome } from './health-problem.ts';

/** The conditions that stop tickets printing, told as the printer's own alerts tell them. */
const stopped: Partial<Record<PrinterStatusView['condition'], HostErrorCode>> = {
  paperOut: 'printer.paperOut',
  coverOpen: 'printer.coverOpen',
  offline: 'printer.offline',
  failed: 'printer.failed',
};

export function printerCheck(lastStatus: () => PrinterStatusView | null): () => CheckOutcome {
  return () => {
    const status = lastStatus();
    // Not answered yet (the host has just started): nothing to say until it has.
    if (status === null) return undefined;
    const code = stopped[status.condition];
    return code ? { code, params: {} } : null;
  };
}
