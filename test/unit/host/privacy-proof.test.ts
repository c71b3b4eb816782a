// Privacy, proven (issue 12, part 6): distinctive values typed into every text step of every flow
// of the demo store, in real runs and practice runs, are found nowhere a kiosk keeps or sends
// anything (database file, WAL, data folder, telemetry, usage log, reports), except the complaint
// text and contact the store config keeps, and those only in the complaints table until
// keepContactDays have passed, and after that in no byte at all.
import { format } from 'node:util';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { textIn } from '../../../shared/config/localized-text.ts';
import { demoKiosk, manager, type DemoKiosk } from './privacy/demo-kiosk.ts';
import { followUpComplaints } from './privacy/complaint-follow-up.ts';
import { unfilledTextSteps, walkEveryFlow, type FlowWalk } from './privacy/flow-walk.ts';
import { rawOtlpReceiver, type RawOtlpReceiver } from './privacy/raw-otlp-receiver.ts';
import { reportExports } from './privacy/report-exports.ts';
import { findings, foundAs, jsonPlace, notFound, withPlainHashes, type Place, type Secret } from './privacy/secret-search.ts';

/** A weekday morning in the store, when the 10:00 and 10:30 appointments may check in. */
const morning = new Date(2026, 2, 2, 10, 5);
const dayMs = 24 * 60 * 60 * 1000;
/** The walk takes a few seconds; the telemetry outbox is looked at every five. */
const walkTimeout = 180_000;

const localDate = (at: Date) =>
  `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;

/** Everything the host writes to the console meanwhile: a kiosk's console ends up in the system log. */
function consoleOutput(): () => Place {
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level));
  onTestFinished(() => spies.forEach((spy) => spy.mockRestore()));
  return () => ({ name: 'console output', bytes: Buffer.from(spies.flatMap((spy) => spy.mock.calls.map((args) => format(...args))).join('\n')) });
}

interface WalkedKiosk {
  kiosk: DemoKiosk;
  receiver: RawOtlpReceiver;
  walk: FlowWalk;
  consoleText: () => Place;
  /** What customers typed, the data-file codes they used, and the desk's notes. */
  secrets: Secret[];
  kept: Secret[];
  notKept: Secret[];
}

async function walkedDemoKiosk(): Promise<WalkedKiosk> {
  const consoleText = consoleOutput();
  const receiver = await rawOtlpReceiver();
  const kiosk = demoKiosk({ endpoint: receiver.endpoint, startAt: morning });
  const walk = await walkEveryFlow(kiosk);
  // A walker that skipped a step, or typed nothing the store keeps, would prove nothing.
  expect(unfilledTextSteps(kiosk.config.flows, walk.filled), 'text steps the walk did not type into').toEqual([]);
  const secrets = withPlainHashes([...walk.secrets, ...(await followUpComplaints(kiosk))]);
  const kept = secrets.filter((secret) => secret.kept);
  expect(kept.map((secret) => secret.from)).toEqual(expect.arrayContaining(['complaint/describe', 'complaint/contactDetails']));
  return { kiosk, receiver, walk, consoleText, secrets, kept, notKept: secrets.filter((secret) => !secret.kept) };
}

const isDatabase = (place: Place) => place.name === 'file atiende.sqlite' || place.name === 'file atiende.sqlite-wal';

/** A search that finds nothing proves nothing unless it finds what is there: the places hold these facts. */
function expectToHold(places: readonly Place[], facts: readonly string[]): void {
  const missing = notFound(places, facts.map((text) => ({ text, from: 'the fact', kept: false })));
  expect(missing, `facts missing from ${places[0]?.name ?? 'nowhere'}…`).toEqual([]);
}

describe('the privacy search', () => {
  it('finds a typed text in UTF-8 and in UTF-16 of either byte order, whatever its case, and nothing that is not there', () => {
    const text = 'Zorpix17 señaló طابور';
    expect(foundAs(Buffer.from(`..${text}..`, 'utf8'), 'ZORPIX17 SEÑALÓ طابور')).toBe('UTF-8');
    expect(foundAs(Buffer.from(`..${text.toLowerCase()}..`, 'utf16le'), text)).toBe('UTF-16LE');
    expect(foundAs(Buffer.from(`..${text}..`, 'utf16le').swap16(), text)).toBe('UTF-16BE');
    expect(foundAs(Buffer.from('..Zorpix18 señaló طابور..', 'utf8'), text)).toBeNull();
    expect(findings([jsonPlace('json', { note: text })], [{ text: 'zorpix17', from: 'a step', kept: false }])).toEqual([
      'json: a step "zorpix17" (UTF-8)',
    ]);
  });
});

describe('privacy, proven on the demo store', () => {
  it(
    'keeps nothing a customer typed in the database, its WAL, the data folder, the telemetry, the usage log or the reports, save the complaints the store keeps',
    async () => {
      const { kiosk, receiver, walk, consoleText, secrets, kept, notKept } = await walkedDemoKiosk();
      expect(walk.sessions).toBeGreaterThanOrEqual(kiosk.config.flows.length);

      // Everything the kiosk sent its collector, once the outbox is empty.
      await expect.poll(() => kiosk.outboxWaiting(), { timeout: 60_000, interval: 100 }).toBe(0);
      expect(receiver.bodies.length).toBeGreaterThan(0);
      const telemetry = receiver.places();

      const usageLog = jsonPlace('usage log (usageLog.read)', kiosk.host.usageLog.read({ limit: 1_000_000 }));

      // While the host runs: the database, its WAL and the rest of the data folder, byte by byte.
      const openFiles = kiosk.files();
      expect(openFiles.map((file) => file.name)).toEqual(expect.arrayContaining(['file atiende.sqlite', 'file atiende.sqlite-wal', 'file atiende.sqlite-shm']));
      expect.soft(findings(openFiles, notKept), 'typed values in the data folder while the kiosk runs').toEqual([]);
      expect.soft(findings(openFiles.filter((file) => !isDatabase(file)), kept), 'kept complaint values outside the database').toEqual([]);
      // The search can fail: what the store keeps, it finds.
      expect.soft(notFound(openFiles.filter(isDatabase), kept), 'kept complaint values the byte search did not find').toEqual([]);

      // Table by table through SQLite: kept values in the complaints table only.
      const tables = kiosk.tables();
      expect.soft(findings(tables.filter((table) => table.name !== 'table complaints'), secrets), 'typed values in tables').toEqual([]);
      const complaints = tables.filter((table) => table.name === 'table complaints');
      expect.soft(findings(complaints, notKept), 'values the complaints table should not hold').toEqual([]);
      expect.soft(notFound(complaints, kept), 'kept complaint values not in the complaints table').toEqual([]);

      const flowIds = kiosk.config.flows.map((flow) => flow.id);
      expectToHold(telemetry, ['complaint.filed', 'action.failed', ...flowIds]);
      expect.soft(findings(telemetry, secrets), 'typed values sent to the collector').toEqual([]);
      expectToHold([usageLog], ['complaint.filed', 'action.failed', ...flowIds]);
      expect.soft(findings([usageLog], secrets), 'typed values in the usage log').toEqual([]);

      // What a manager takes away: the reports, their PDF's page, the audit, `npm run report` as CSV, HTML and JSON.
      const day = localDate(kiosk.now());
      const { set, places: exports } = await reportExports(kiosk, { from: day, to: day, grain: 'day' });
      // The reports are of the walk, not of an empty day.
      const sessionCells = set.reports.find((report) => report.id === 'sessions')?.tables.flatMap((table) => table.rows.flat());
      expect(sessionCells).toContain(walk.sessions);
      const exported = exports.map((place) => place.name);
      expect(exported).toEqual(expect.arrayContaining(['npm run report: html/report.html', 'npm run report: json/report.json']));
      expect(exported.filter((name) => name.startsWith('npm run report: csv/')).length).toBeGreaterThan(5);
      const flowNames = kiosk.config.flows.map((flow) => textIn(flow.title, kiosk.config.languages.default, kiosk.config.languages.default));
      expectToHold(exports, ['complaints.revealContact', ...flowNames]);
      expect.soft(findings(exports, secrets), 'typed values in the reports, their exports and the audit').toEqual([]);
      expect.soft(findings([consoleText()], secrets), 'typed values on the console').toEqual([]);

      // And once the kiosk has closed (its WAL checkpointed into the file).
      kiosk.close();
      const closedFiles = kiosk.files();
      expect.soft(findings(closedFiles, notKept), 'typed values in the data folder after closing').toEqual([]);
      expect.soft(findings(closedFiles.filter((file) => !isDatabase(file)), kept), 'kept complaint values outside the database after closing').toEqual([]);
      expect.soft(notFound(closedFiles.filter(isDatabase), kept), 'kept complaint values lost before their time').toEqual([]);
    },
    walkTimeout,
  );

  it(
    'forgets the complaint texts and contacts it kept once keepContactDays have passed, down to the last byte',
    async () => {
      const { kiosk, consoleText, secrets, kept } = await walkedDemoKiosk();
      const keepDays = kiosk.config.complaints?.keepContactDays;
      if (keepDays === undefined) throw new Error('the demo store keeps no complaint contacts: nothing to prove');
      const complaintsTable = () => kiosk.tables().filter((table) => table.name === 'table complaints');

      // The day before the keep-days end, the kiosk restarts (and purges): still kept.
      kiosk.setNow(new Date(morning.getTime() + (keepDays - 1) * dayMs));
      kiosk.restart();
      expect.soft(notFound(complaintsTable(), kept), 'kept complaint values purged too early').toEqual([]);

      // Past the keep-days, the start's purge erases them: from the tables, the files while open, and after closing.
      kiosk.setNow(new Date(morning.getTime() + keepDays * dayMs + 60 * 60 * 1000));
      kiosk.restart();
      expect.soft(findings(kiosk.tables(), kept), 'complaint values still in a table after keepContactDays').toEqual([]);
      const { complaints } = await kiosk.resultOf('complaints.list', { status: 'all' }, manager);
      const revealed = await Promise.all(complaints.map(({ reference }) => kiosk.resultOf('complaints.revealContact', { reference }, manager)));
      expect.soft(findings([jsonPlace('the complaint desk', { complaints, revealed })], kept), 'complaint values the desk still shows').toEqual([]);
      expect(revealed.map(({ contact }) => contact)).toEqual(complaints.map(() => null));
      expect.soft(findings(kiosk.files(), secrets), 'typed values in the data folder after keepContactDays').toEqual([]);
      kiosk.close();
      expect.soft(findings(kiosk.files(), secrets), 'typed values in the data folder after keepContactDays and closing').toEqual([]);
      expect.soft(findings([consoleText()], kept), 'complaint values on the console').toEqual([]);
    },
    walkTimeout,
  );
});
