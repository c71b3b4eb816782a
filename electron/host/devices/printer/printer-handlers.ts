// The printer's host method: its last status, for a staff screen that connects after the last change.
import type { DomainHandlers } from '../../api/dispatcher.ts';
import type { PrinterReports } from './printer-reports.ts';

export function printerHandlers(printing: PrinterReports | null): DomainHandlers<'device'> {
  return {
    'device.printerStatus': () => ({ printer: printing?.lastStatus() ?? null }),
  };
}
