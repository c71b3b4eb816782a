// A complaint's contact details live only as long as the store promised; the complaint stays.
import { describe, expect, it } from 'vitest';
import type { Host } from '../../../electron/host/create-host.ts';
import { clockAt, localNoon, openSession, readDatabase, runAction, type Clock } from '../../fixtures/host.ts';
import { storeConfigFixture } from '../../fixtures/store-config.ts';
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
  it('are kept until keepContactDays have passed, then deleted when the kiosk starts, while the complaint remains', async () => {
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
      { category: 'waitTime', description: 'Cuarenta minutos de cola', contact: null, ticket_number: 'C001' },
      { category: 'waitTime', description: 'Cuarenta minutos de cola', contact: null, ticket_number: 'C002' },
    ]);
  });

  it('leave no date to delete behind once deleted, and none for a complaint without contact', async () => {
    const clock = clockAt(filedOn);
    const kiosk = kioskOn(clock);
    await fileComplaint(kiosk.host, { contactWanted: 'yes', contactDetails: 'ana@example.com' });
    await fileComplaint(kiosk.restart(), { contactWanted: 'no' });
    const deleteAfter = () =>
      readDatabase(kiosk.store.dataDir, (db) => db.prepare('SELECT contact_delete_after FROM complaints ORDER BY ticket_number').all());
    expect(deleteAfter()).toEqual([{ contact_delete_after: daysAfterFiling(14).toISOString() }, { contact_delete_after: null }]);
    clock.set(daysAfterFiling(30));
    kiosk.restart();
    expect(deleteAfter()).toEqual([{ contact_delete_after: null }, { contact_delete_after: null }]);
  });
});
