// A complaint's contact details and text live only as long as the store promised; the complaint stays.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Host } from '../../../electron/host/create-host.ts';
import { databaseFileName, openKioskDatabase } from '../../../electron/host/storage/database.ts';
import { migrations } from '../../../electron/host/storage/migrations.ts';
import { clockAt, localNoon, openSession, readDatabase, runAction, type Clock } from '../../fixtures/host.ts';
import { storeConfigFixture, tempFolder } from '../../fixtures/store-config.ts';
import { tempHost, type TempHost } from '../../fixtures/temp-host.ts';

const filedOn = localNoon(2026, 3, 2);
const daysAfterFiling = (days: number) => new Date(filedOn.getTime() + days * 24 * 60 * 60 * 1000);

/** A kiosk whose store keeps complaint contacts for 14 days, on the test's clock. */
function kioskOn(clock: Clock): TempHost {
  return tempHost({ config: storeConfigFixture({ complaints: { keepContactDays: 14, queueService: 'complaints' } }), now: clock.now });
}

async function fileComplaint(target: Host, contact: Record<string, string>): Promise<void> {
  const sessionId = await openSession(target);
  const reply = await runAction(
    target,
    sessionId,
    { flowId: 'complaint', stepId: 'review' },
    { complaintCategory: 'waitTime', complaintText: 'Cuarenta minutos de cola', ...contact },
  );
  expect(reply).toMatchObject({ ok: true });
}

function storedComplaints(kiosk: TempHost) {
  return readDatabase(kiosk.store.dataDir, (db) =>
    db.prepare('SELECT category, description, contact, ticket_number FROM complaints ORDER BY ticket_number').all(),
  );
}

describe('complaint contact details', () => {
  it('are kept with the text until keepContactDays have passed, then erased when the kiosk starts, while the complaint remains', async () => {
    const clock = clockAt(filedOn);
    const kiosk = kioskOn(clock);
    await fileComplaint(kiosk.host, { contactWanted: 'yes', contactDetails: '+34 600 000 000' });
    await fileComplaint(kiosk.restart(), { contactWanted: 'no' });

    clock.set(daysAfterFiling(13));
    kiosk.restart();
    expect(storedComplaints(kiosk)[0]).toMatchObject({ contact: '+34 600 000 000' });

    clock.set(daysAfterFiling(14));
    kiosk.restart();
    expect(storedComplaints(kiosk)).toEqual([
      { category: 'waitTime', description: null, contact: null, ticket_number: 'C001' },
      { category: 'waitTime', description: null, contact: null, ticket_number: 'C002' },
    ]);
  });

  it('go at a date every complaint has, with or without contact, and whether one was left outlives them', async () => {
    const clock = clockAt(filedOn);
    const kiosk = kioskOn(clock);
    await fileComplaint(kiosk.host, { contactWanted: 'yes', contactDetails: 'ana@example.com' });
    await fileComplaint(kiosk.restart(), { contactWanted: 'no' });
    const keeping = () =>
      readDatabase(kiosk.store.dataDir, (db) => db.prepare('SELECT kept_until, contact_left FROM complaints ORDER BY ticket_number').all());
    const keptUntil = daysAfterFiling(14).toISOString();
    expect(keeping()).toEqual([
      { kept_until: keptUntil, contact_left: 1 },
      { kept_until: keptUntil, contact_left: 0 },
    ]);
    clock.set(daysAfterFiling(30));
    kiosk.restart();
    expect(keeping()).toEqual([
      { kept_until: keptUntil, contact_left: 1 },
      { kept_until: keptUntil, contact_left: 0 },
    ]);
  });

  it('keep their date when the kiosk takes on the complaint desk; a complaint that had none gets the default 30 days', () => {
    const folder = tempFolder();
    onTestFinished(() => folder.remove());
    mkdirSync(folder.dataDir, { recursive: true });
    const file = join(folder.dataDir, databaseFileName);
    // A kiosk as it was before the desk: migrations up to 9, complaints of the old shape.
    const before = new DatabaseSync(file);
    before.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT');
    for (const migration of migrations.filter(({ version }) => version <= 9)) {
      before.exec(migration.sql);
      before.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, filedOn.toISOString());
    }
    const insert = before.prepare('INSERT INTO complaints (reference, category, description, contact, ticket_number, filed_at, contact_delete_after) VALUES (?, ?, ?, ?, ?, ?, ?)');
    insert.run('C-KEPT22', 'service', 'Nadie atendía', '+34 600 000 000', 'C001', filedOn.toISOString(), daysAfterFiling(14).toISOString());
    insert.run('C-NONE33', 'waitTime', 'Cuarenta minutos de cola', null, 'C002', filedOn.toISOString(), null);
    before.close();

    openKioskDatabase(file).close();
    const rows = readDatabase(folder.dataDir, (db) =>
      db.prepare('SELECT reference, description, contact, contact_left, kept_until, status FROM complaints ORDER BY reference').all(),
    );
    expect(rows).toEqual([
      { reference: 'C-KEPT22', description: 'Nadie atendía', contact: '+34 600 000 000', contact_left: 1, kept_until: daysAfterFiling(14).toISOString(), status: 'new' },
      { reference: 'C-NONE33', description: 'Cuarenta minutos de cola', contact: null, contact_left: 0, kept_until: daysAfterFiling(30).toISOString(), status: 'new' },
    ]);
  });
});
