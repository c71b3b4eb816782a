import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createStaffAlerts, type RaisedAlert } from '../../../electron/host/alerts/staff-alerts.ts';
import { createEventHub } from '../../../electron/host/api/event-hub.ts';
import { openKioskDatabase } from '../../../electron/host/storage/database.ts';
import { tempFolder } from '../../fixtures/store-config.ts';

/** An alert list on a real SQLite file; `restart` opens the file again, as a kiosk coming back does. */
function alertList() {
  const folder = tempFolder();
  const file = join(folder.dataDir, 'atiende.sqlite');
  let db = openKioskDatabase(file);
  onTestFinished(() => {
    db.close();
    folder.remove();
  });
  const open = () => createStaffAlerts({ db, now: () => new Date('2026-12-07T10:00:00Z'), emit: createEventHub().emit });
  return {
    alerts: open(),
    restart() {
      db.close();
      db = openKioskDatabase(file);
      return open();
    },
  };
}

const help = (ticketNumber: string): RaisedAlert => ({ kind: 'help', reason: 'preferPerson', kiosk: 'Kiosk', screen: 'home', ticketNumber });

describe('the open alerts', () => {
  it('keeps an alert nobody acknowledged across a restart of the kiosk, and forgets one acknowledged', () => {
    const { alerts, restart } = alertList();
    const waiting = alerts.raise(help('A001'));
    const seen = alerts.raise(help('A002'));
    alerts.acknowledge(seen.id, 'ana');
    const after = restart();
    expect(after.list()).toEqual([waiting]);
    expect(after.raise(help('A003'))).toMatchObject({ ticketNumber: 'A003' });
    expect(after.list().map((alert) => alert.kind === 'help' && alert.ticketNumber)).toEqual(['A001', 'A003']);
  });

  it('keeps at most 200 open alerts on a kiosk nobody attends, the oldest giving way, also on disk', () => {
    const { alerts, restart } = alertList();
    const raised = Array.from({ length: 205 }, (_, index) => alerts.raise(help(`A${index}`)));
    const open = alerts.list();
    expect(open).toHaveLength(200);
    expect(open[0]?.id).toBe(raised[5]?.id);
    expect(open.at(-1)?.id).toBe(raised[204]?.id);
    expect(restart().list()).toEqual(open);
  });
});
