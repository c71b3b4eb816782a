import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createStaffAlerts } from '../../../electron/host/alerts/staff-alerts.ts';
import { createEventHub } from '../../../electron/host/api/event-hub.ts';
import { printingReports } from '../../../electron/host/devices/printer/printer-reports.ts';
import type { PrinterStatus } from '../../../electron/host/devices/printer/ticket-printer.ts';
import { openKioskDatabase } from '../../../electron/host/storage/database.ts';
import type { EventEnvelope } from '../../../shared/host-api/envelope.ts';
import { tempFolder } from '../../fixtures/store-config.ts';

/** The printer's reports wired to a real event hub and alert list, as the host wires them; a console listening. */
function printerWatch() {
  const folder = tempFolder();
  const db = openKioskDatabase(join(folder.dataDir, 'atiende.sqlite'));
  onTestFinished(() => {
    db.close();
    folder.remove();
  });
  const events = createEventHub();
  const alerts = createStaffAlerts({ db, now: () => new Date('2026-12-07T10:00:00Z'), emit: events.emit });
  const heard: EventEnvelope[] = [];
  events.subscribe({ role: 'staff', staffId: 'ana' }, (envelope) => heard.push(envelope));
  // The status path touches neither the usage log nor sessions.
  const reports = printingReports({ events, alerts, usageLog: {} as never, sessions: {} as never, defaultLanguage: 'es' });
  const report = (condition: PrinterStatus['condition']) => reports.onPrinterStatus({ condition, paperNearEnd: false, checkedAt: new Date() });
  return { alerts, heard, report };
}

describe('the printer’s alerts to staff', () => {
  it('alerts staff once when the printer stops, not at every check while it stays stopped, and again after it is fixed', () => {
    const { alerts, heard, report } = printerWatch();
    report('ready');
    report('paperOut');
    report('paperOut');
    // Opened to load paper: still the same stop.
    report('coverOpen');
    expect(alerts.list().map((alert) => alert.kind === 'printer' && alert.problem.code)).toEqual(['printer.paperOut']);
    report('ready');
    report('offline');
    expect(alerts.list().map((alert) => alert.kind === 'printer' && alert.problem.code)).toEqual(['printer.paperOut', 'printer.offline']);
    expect(heard.filter((envelope) => envelope.event === 'staff.alert')).toHaveLength(2);
    expect(heard.filter((envelope) => envelope.event === 'device.printerStatus').map((envelope) => (envelope.payload as { condition: string }).condition)).toEqual([
      'ready',
      'paperOut',
      'coverOpen',
      'ready',
      'offline',
    ]);
  });

  it('alerts staff when the very first answer is a stopped printer', () => {
    const { alerts, report } = printerWatch();
    report('failed');
    expect(alerts.list()).toEqual([{ id: expect.any(String), kind: 'printer', problem: { code: 'printer.failed', params: {} }, ticketNumber: null, at: '2026-12-07T10:00:00.000Z' }]);
  });
});
