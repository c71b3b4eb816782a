// The complaint desk: a complaint filed at the kiosk reaches a manager, who calls the customer back
// and records how it ended; its contact, text and note then vanish from the disk after the keeping
// days, while the reports still count it. Real hosts on the demo store and a real SQLite file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readComplaintFigures } from '../../../electron/host/complaints/complaint-desk.ts';
import type { Host } from '../../../electron/host/create-host.ts';
import { databaseFileName } from '../../../electron/host/storage/database.ts';
import type { FlowValues } from '../../../shared/flows/flow-actions.ts';
import type { MethodName } from '../../../shared/host-api/contract.ts';
import type { Principal } from '../../../shared/host-api/roles.ts';
import { orderPickupFlow, seeStaffFlow } from '../../fixtures/flows.ts';
import { call, clockAt, exampleStoreCopy, localNoon, openSession, readDatabase, resultOf, runAction, type Clock } from '../../fixtures/host.ts';
import { ana, marta, writeStaffBeside } from '../../fixtures/staff.ts';
import { storeConfigFixture } from '../../fixtures/store-config.ts';
import { errorOf, tempHost } from '../../fixtures/temp-host.ts';

const manager: Principal = { role: 'manager', staffId: 'marta', device: 'console:zz' };
const atCounter: Principal = { role: 'staff', staffId: 'ana', device: 'console:ab12cd34ef' };
const kioskPage: Principal = { role: 'customer' };

const filedOn = localNoon(2026, 3, 2);
const minutes = (count: number) => count * 60 * 1000;
const days = (count: number) => count * 24 * 60 * 60 * 1000;
const later = (clock: Clock, ms: number) => clock.set(new Date(clock.now().getTime() + ms));
/** How often the host purges (create-host.ts). */
const purgeEveryMs = minutes(60);

/** Distinctive strings a customer and a manager type, to look for in the files byte by byte. */
const contact = 'zqx.contact.4417@example.org';
const text = 'Zqxtext: cuarenta minutos de cola sin nadie en el mostrador';
const note = 'Zqxnote: le llamé, le ofrecimos un vale de compra';

/** The demo store (complaint contacts kept 30 days) with Ana and Marta in its staff file, on the test's clock. */
async function demoKiosk(clock: Clock = clockAt(filedOn)) {
  const store = exampleStoreCopy('demo');
  await writeStaffBeside(store.dir);
  const kiosk = tempHost({ store, now: clock.now });
  return { host: kiosk.host, dataDir: store.dataDir, clock };
}

/** Files a complaint through the demo store's complaint flow, as a customer at the kiosk does; answers its reference. */
async function fileComplaint(host: Host, values: FlowValues = { contactWanted: 'yes', contactDetails: contact }): Promise<string> {
  const sessionId = await openSession(host, 'es');
  const reply = await runAction(host, sessionId, { flowId: 'complaint', stepId: 'review' }, { complaintCategory: 'waitTime', complaintText: text, ...values });
  if (!reply.ok) throw new Error(`complaint.file failed: ${reply.error.code}`);
  const facts = (reply.result as { facts: { id: string; value: unknown }[] }).facts;
  return String(facts.find((fact) => fact.id === 'complaintReference')?.value);
}

const listAll = async (host: Host) => (await resultOf(host, 'complaints.list', { status: 'all' }, manager)).complaints;
const auditOf = (host: Host) => host.staff.audit.read({ limit: 100 }).reverse();

/** The database file and its write-ahead log, as bytes on the disk. */
const filesHold = (dataDir: string, typed: string) =>
  ['', '-wal'].some((suffix) => {
    const bytes = readFileSync(join(dataDir, `${databaseFileName}${suffix}`));
    return bytes.includes(Buffer.from(typed, 'utf8'));
  });

afterEach(() => {
  vi.useRealTimers();
});

describe('the complaint desk', () => {
  it('shows managers the complaints filed at the kiosk, newest first, saying whether a contact was left but never showing it', async () => {
    const { host, clock } = await demoKiosk();
    const withContact = await fileComplaint(host);
    later(clock, minutes(5));
    const withoutContact = await fileComplaint(host, { contactWanted: 'no' });
    const complaints = await listAll(host);
    expect(complaints).toEqual([
      expect.objectContaining({ reference: withoutContact, hasContact: false, ticketNumber: 'C002' }),
      {
        reference: withContact,
        category: 'waitTime',
        text,
        filedAt: filedOn.toISOString(),
        ticketNumber: 'C001',
        hasContact: true,
        keptUntil: new Date(filedOn.getTime() + days(30)).toISOString(),
        status: 'new',
        contactedAt: null,
        resolvedAt: null,
        outcome: null,
        note: null,
      },
    ]);
    // A complaint without a contact still has a text, and it goes after the same keeping days.
    expect(complaints[0]?.keptUntil).toBe(new Date(filedOn.getTime() + minutes(5) + days(30)).toISOString());
    expect(JSON.stringify(complaints)).not.toContain(contact);
    // Reading the list changes nothing: it is not a staff action for the audit.
    expect(auditOf(host)).toEqual([]);
  });

  it('is for managers only: staff at a counter, the kiosk’s customers and staff signed in there are refused, a manager signed in there is not', async () => {
    const { host } = await demoKiosk();
    const reference = await fileComplaint(host);
    const attempts: [MethodName, object][] = [
      ['complaints.list', { status: 'all' }],
      ['complaints.revealContact', { reference }],
      ['complaints.markContacted', { reference }],
      ['complaints.resolve', { reference, outcome: 'explained' }],
    ];
    const refusals = async (as: Principal) => Promise.all(attempts.map(async ([method, input]) => (await errorOf(call(host, method, input as never, as))) as object));
    const refused = attempts.map(([method]) => ({ code: 'auth.forbidden', params: { method } }));
    expect(await refusals(atCounter)).toEqual(refused);
    expect(await refusals(kioskPage)).toEqual(refused);
    await resultOf(host, 'staff.signInAtKiosk', { method: 'pin', staffId: 'ana', pin: ana.pin }, kioskPage);
    expect(await refusals(kioskPage)).toEqual(refused);
    await resultOf(host, 'staff.signOutAtKiosk', {}, kioskPage);
    // A manager signed in at the kiosk reads the desk there.
    await resultOf(host, 'staff.signInAtKiosk', { method: 'pin', staffId: 'marta', pin: marta.pin }, kioskPage);
    expect((await resultOf(host, 'complaints.list', { status: 'open' }, kioskPage)).complaints.map((complaint) => complaint.reference)).toEqual([reference]);
    const [complaint] = await listAll(host);
    expect(complaint).toMatchObject({ status: 'new', contactedAt: null });
  });

  it('shows a contact only on request, and audits each reading with the complaint’s reference, never the contact', async () => {
    const { host } = await demoKiosk();
    const reference = await fileComplaint(host);
    const noContact = await fileComplaint(host, { contactWanted: 'no' });
    expect(await resultOf(host, 'complaints.revealContact', { reference }, manager)).toEqual({ contact });
    expect(await resultOf(host, 'complaints.revealContact', { reference: noContact }, manager)).toEqual({ contact: null });
    expect(auditOf(host).map(({ staffId, device, action, detail }) => [staffId, device, action, detail])).toEqual([
      ['marta', 'console:zz', 'complaints.revealContact', { reference }],
      ['marta', 'console:zz', 'complaints.revealContact', { reference: noContact }],
    ]);
    expect(JSON.stringify(auditOf(host))).not.toContain(contact);
  });

  it('takes the first call back as the time to first contact, keeps it on later calls, and resolves with an outcome', async () => {
    const { host, clock } = await demoKiosk();
    const reference = await fileComplaint(host);
    const firstCall = new Date(filedOn.getTime() + minutes(125)).toISOString();
    later(clock, minutes(125));
    expect((await resultOf(host, 'complaints.markContacted', { reference }, manager)).complaint).toMatchObject({ status: 'contacted', contactedAt: firstCall, note: null });
    later(clock, days(1));
    expect((await resultOf(host, 'complaints.markContacted', { reference, note }, manager)).complaint).toMatchObject({ status: 'contacted', contactedAt: firstCall, note });
    later(clock, minutes(30));
    const resolvedAt = clock.now().toISOString();
    const resolved = (await resultOf(host, 'complaints.resolve', { reference, outcome: 'recovered' }, manager)).complaint;
    expect(resolved).toMatchObject({ status: 'resolved', contactedAt: firstCall, resolvedAt, outcome: 'recovered', note, text });
    // Resolved complaints leave the open list and stay in the whole one.
    expect((await resultOf(host, 'complaints.list', { status: 'open' }, manager)).complaints).toEqual([]);
    expect(await listAll(host)).toEqual([resolved]);
    // A call after the resolution keeps it resolved; an empty note clears the note.
    later(clock, minutes(10));
    expect((await resultOf(host, 'complaints.markContacted', { reference, note: '' }, manager)).complaint).toMatchObject({ status: 'resolved', resolvedAt, note: null });
    expect(auditOf(host).map(({ action, detail }) => [action, detail])).toEqual([
      ['complaints.markContacted', { reference }],
      ['complaints.markContacted', { reference }],
      ['complaints.resolve', { reference, outcome: 'recovered' }],
      ['complaints.markContacted', { reference }],
    ]);
    expect(JSON.stringify(auditOf(host))).not.toContain('Zqx');
  });

  it('counts a complaint resolved in one call as contacted then, except one closed as unfounded', async () => {
    const { host, clock } = await demoKiosk();
    const settled = await fileComplaint(host);
    const unfounded = await fileComplaint(host, { contactWanted: 'no' });
    later(clock, minutes(90));
    const at = clock.now().toISOString();
    expect((await resultOf(host, 'complaints.resolve', { reference: settled, outcome: 'explained' }, manager)).complaint).toMatchObject({ contactedAt: at, resolvedAt: at });
    expect((await resultOf(host, 'complaints.resolve', { reference: unfounded, outcome: 'unfounded' }, manager)).complaint).toMatchObject({ contactedAt: null, resolvedAt: at });
    // Resolving again corrects the outcome; the complaint was resolved the first time.
    later(clock, minutes(10));
    expect((await resultOf(host, 'complaints.resolve', { reference: settled, outcome: 'compensated' }, manager)).complaint).toMatchObject({ outcome: 'compensated', resolvedAt: at });
  });

  it('answers complaints.unknownReference for a reference it never gave, and finds one typed in lower case', async () => {
    const { host } = await demoKiosk();
    const reference = await fileComplaint(host);
    for (const method of ['complaints.revealContact', 'complaints.markContacted'] as const) {
      expect(await errorOf(call(host, method, { reference: 'C-NOSUCH' }, manager))).toEqual({ code: 'complaints.unknownReference', params: { reference: 'C-NOSUCH' } });
    }
    expect(await errorOf(call(host, 'complaints.resolve', { reference: 'C-NOSUCH', outcome: 'explained' }, manager))).toMatchObject({ code: 'complaints.unknownReference' });
    expect(await resultOf(host, 'complaints.revealContact', { reference: reference.toLowerCase() }, manager)).toEqual({ contact });
    // Failed calls changed nothing, so only the reading is audited.
    expect(auditOf(host).map(({ action }) => action)).toEqual(['complaints.revealContact']);
  });

  it('shows an empty desk, and refuses the rest with complaints.notConfigured, where the store takes no complaints', async () => {
    const config = storeConfigFixture({ complaints: undefined, flows: [orderPickupFlow(), seeStaffFlow()] });
    const { host } = tempHost({ config });
    expect(await resultOf(host, 'complaints.list', { status: 'open' }, manager)).toEqual({ complaints: [] });
    expect(await errorOf(call(host, 'complaints.revealContact', { reference: 'C-AAAAAA' }, manager))).toEqual({ code: 'complaints.notConfigured', params: {} });
    expect(await errorOf(call(host, 'complaints.resolve', { reference: 'C-AAAAAA', outcome: 'explained' }, manager))).toMatchObject({ code: 'complaints.notConfigured' });
  });

  it('erases the contact, the text and the note from the database file and its log after the keeping days, and the reports still count the complaint', async () => {
    // The hourly purge runs on the host's own timer, without a restart: closing the database would
    // empty the log itself, and the test would prove nothing about it.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { host, dataDir, clock } = await demoKiosk();
    const reference = await fileComplaint(host);
    later(clock, minutes(45));
    await resultOf(host, 'complaints.markContacted', { reference, note }, manager);
    later(clock, days(2));
    await resultOf(host, 'complaints.resolve', { reference, outcome: 'compensated' }, manager);
    for (const typed of [contact, text, note]) expect(filesHold(dataDir, typed)).toBe(true);

    // The last minute of the keeping days: everything is still there.
    clock.set(new Date(filedOn.getTime() + days(30) - minutes(1)));
    vi.advanceTimersByTime(purgeEveryMs);
    expect(await resultOf(host, 'complaints.revealContact', { reference }, manager)).toEqual({ contact });

    // Past them the desk shows none of it at once; the next purge erases it from the disk.
    clock.set(new Date(filedOn.getTime() + days(30) + minutes(1)));
    expect(await listAll(host)).toEqual([expect.objectContaining({ reference, text: null, hasContact: false, note: null })]);
    expect(await resultOf(host, 'complaints.revealContact', { reference }, manager)).toEqual({ contact: null });
    expect(await errorOf(call(host, 'complaints.markContacted', { reference, note: 'Zqxnote: otra' }, manager))).toEqual({ code: 'complaints.erased', params: { reference } });
    vi.advanceTimersByTime(purgeEveryMs);
    for (const typed of [contact, text, note, 'Zqxnote']) expect(filesHold(dataDir, typed)).toBe(false);

    expect(await listAll(host)).toEqual([
      expect.objectContaining({ reference, category: 'waitTime', status: 'resolved', outcome: 'compensated', contactedAt: new Date(filedOn.getTime() + minutes(45)).toISOString() }),
    ]);
    const figures = readDatabase(dataDir, (db) => readComplaintFigures(db, '2026-03-01T00:00:00+01:00', '2026-04-01T00:00:00+02:00'));
    expect(figures).toEqual([
      {
        category: 'waitTime',
        filedAt: filedOn.toISOString(),
        contactLeft: true,
        contactedAt: new Date(filedOn.getTime() + minutes(45)).toISOString(),
        resolvedAt: new Date(filedOn.getTime() + minutes(45) + days(2)).toISOString(),
        outcome: 'compensated',
      },
    ]);
    // The range is half open: a complaint filed at its end belongs to the next one.
    expect(readDatabase(dataDir, (db) => readComplaintFigures(db, '2026-03-01T00:00:00Z', filedOn.toISOString()))).toEqual([]);
  });
});
