// The kiosk's ticket printer: lays a ticket out, prints it over the configured link one job at a
// time, and reports every status it learns so the host can push it and alert staff.
import type { PrinterConfig } from '../../../../shared/config/printer-config.ts';
import { HostError, type HostErrorCode } from '../../../../shared/host-api/errors.ts';
import { openDeviceFileLink } from './device-file-printer.ts';
import type { PrinterCondition } from './escpos-status.ts';
import { openNetworkLink } from './network-printer.ts';
import { askStatus, printOver, type PrinterLink, type PrinterReading } from './printer-link.ts';
import { layoutTicket, type PrintedTicket } from './ticket-layout.ts';

export type { PrintedTicket, TicketEstimate } from './ticket-layout.ts';

export interface PrinterStatus extends PrinterReading {
  checkedAt: Date;
}

export interface TicketPrinterDeps {
  now: () => Date;
  /** Called with every status learned, good or bad, so an alert can also be cleared. */
  onStatus: (status: PrinterStatus) => void;
}

export interface TicketPrinter {
  /** Rejects with printer.offline, printer.paperOut, printer.coverOpen or printer.failed. */
  print(ticket: PrintedTicket): Promise<void>;
  /** Asks the printer how it is without printing; never rejects. */
  status(): Promise<PrinterStatus>;
}

const errorCodes: Record<PrinterCondition, HostErrorCode> = {
  offline: 'printer.offline',
  paperOut: 'printer.paperOut',
  coverOpen: 'printer.coverOpen',
  failed: 'printer.failed',
  ready: 'printer.failed',
  unknown: 'printer.failed',
};

export function createTicketPrinter(config: PrinterConfig, { now, onStatus }: TicketPrinterDeps): TicketPrinter {
  const openLink = () => (config.kind === 'network' ? openNetworkLink(config) : openDeviceFileLink(config));
  // One job at a time: many network printers take a single connection, and replies must not interleave.
  let lastJob: Promise<unknown> = Promise.resolve();
  const withLink = <T>(job: (link: PrinterLink) => Promise<T>): Promise<T> => {
    const run = lastJob.then(async () => {
      const link = await openLink();
      try {
        return await job(link);
      } finally {
        await link.close();
      }
    });
    lastJob = run.catch(() => undefined);
    return run;
  };
  const report = (reading: PrinterReading): PrinterStatus => {
    const status = { ...reading, checkedAt: now() };
    onStatus(status);
    return status;
  };

  return {
    async print(ticket) {
      const outcome = await withLink((link) => printOver(link, layoutTicket(ticket, config))).catch((error: unknown) => ({
        ...readingOf(error),
        printed: false,
      }));
      const { printed, ...reading } = outcome;
      report(reading);
      if (!printed) throw new HostError(errorCodes[reading.condition]);
    },
    async status() {
      return report(await withLink(askStatus).catch(readingOf));
    },
  };
}

/** A link that failed says why through its HostError code; anything else is a fault of ours. */
function readingOf(error: unknown): PrinterReading {
  const conditions: Partial<Record<HostErrorCode, PrinterCondition>> = {
    'printer.offline': 'offline',
    'printer.paperOut': 'paperOut',
    'printer.coverOpen': 'coverOpen',
  };
  const condition = error instanceof HostError ? conditions[error.code] : undefined;
  return { condition: condition ?? 'failed', paperNearEnd: false };
}
