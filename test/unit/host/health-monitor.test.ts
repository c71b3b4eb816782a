// The self-checks on a real host: run at start and on demand, logged each time, an alert to staff
// once when a check starts failing (not at every run), and the recovery logged.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { Host } from '../../../electron/host/create-host.ts';
import { databaseFileName } from '../../../electron/host/storage/database.ts';
import type { EventEnvelope } from '../../../shared/host-api/envelope.ts';
import type { HealthReport, StaffAlert } from '../../../shared/host-api/staff-views.ts';
import { startFakeReceiptPrinter } from '../../fixtures/escpos-printer.ts';
import { clockAt, exampleStoreCopy, resultOf } from '../../fixtures/host.ts';
import { storeConfigFixture } from '../../fixtures/store-config.ts';
import { tempHost } from '../../fixtures/temp-host.ts';

const startedAt = new Date('2026-12-07T10:00:00Z');
const staff = { role: 'staff', staffId: 'ana' } as const;
const minutes = (count: number) => new Date(startedAt.getTime() + count * 60_000);

/** The host's own health facts in the usage log, in order. */
function healthFacts(host: Host) {
  return host.usageLog
    .read()
    .map((stored) => stored.event)
    .filter((event) => event.type === 'kiosk.healthChecked' || event.type === 'kiosk.healthChanged');
}

/** What a staff console connected to `host` hears of alerts and self-checks; and the console.error lines. */
function listening(host: Host) {
  const heard: EventEnvelope[] = [];
  host.events.subscribe(staff, (envelope) => heard.push(envelope));
  const errorLines = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  onTestFinished(() => errorLines.mockRestore());
  return {
    alerts: () => heard.filter((envelope) => envelope.event === 'staff.alert').map((envelope) => envelope.payload as StaffAlert),
    reports: () => heard.filter((envelope) => envelope.event === 'health.checked').map((envelope) => envelope.payload as HealthReport),
    lines: () => errorLines.mock.calls.map((args) => String(args[0])),
  };
}

const problemOf = (report: HealthReport | null, check: string) => report?.results.find((result) => result.check === check)?.problem ?? null;

describe('the kiosk’s self-checks', () => {
  it('run at start, where all pass, are logged and told to staff without any alert', async () => {
    const { host } = tempHost({ now: clockAt(startedAt).now });
    expect(healthFacts(host)).toEqual([{ type: 'kiosk.healthChecked', results: { database: 'ok', disk: 'ok', clock: 'ok' } }]);
    expect(await resultOf(host, 'health.status', {}, staff)).toEqual({
      health: {
        checkedAt: startedAt.toISOString(),
        results: [
          { check: 'database', problem: null },
          { check: 'disk', problem: null },
          { check: 'clock', problem: null },
        ],
      },
    });
    expect(await resultOf(host, 'alerts.list', {}, staff)).toEqual({ alerts: [] });
  });

  it('alert staff once when the clock is set back, log every run and the recovery, and alert again only after an acknowledgement', async () => {
    const clock = clockAt(startedAt);
    const { host } = tempHost({ now: clock.now, config: storeConfigFixture({ store: { id: 'test-store', name: 'Test Store', kioskName: 'Kiosk by the door' } }) });
    const watch = listening(host);

    clock.set(minutes(-60));
    for (let run = 0; run < 3; run += 1) expect(problemOf(host.health.run(), 'clock')).toEqual({ code: 'health.clockBehind', params: { minutes: 60 } });
    expect(watch.alerts()).toEqual([
      { id: expect.any(String), kind: 'health', check: 'clock', problem: { code: 'health.clockBehind', params: { minutes: 60 } }, kiosk: 'Kiosk by the door', at: minutes(-60).toISOString() },
    ]);
    expect(watch.reports()).toHaveLength(3);
    expect(watch.lines()).toEqual(Array(3).fill('[health] clock check failed: health.clockBehind {"minutes":60}'));

    clock.set(minutes(2));
    expect(problemOf(host.health.run(), 'clock')).toBeNull();
    expect(watch.lines().at(-1)).toBe('[health] clock check passes again');
    const clockFacts = healthFacts(host).map((event) => (event.type === 'kiosk.healthChanged' ? event : event.results.clock));
    expect(clockFacts).toEqual([
      'ok',
      { type: 'kiosk.healthChanged', check: 'clock', problem: 'health.clockBehind' },
      'health.clockBehind',
      'health.clockBehind',
      'health.clockBehind',
      { type: 'kiosk.healthChanged', check: 'clock', problem: null },
      'ok',
    ]);

    // Failing again while its alert is still open: the same trouble, already on every console.
    clock.set(minutes(-30));
    host.health.run();
    expect(watch.alerts()).toHaveLength(1);
    await resultOf(host, 'alerts.acknowledge', { alert: watch.alerts()[0]?.id ?? '' }, staff);
    clock.set(minutes(3));
    host.health.run();
    clock.set(minutes(-30));
    host.health.run();
    expect(watch.alerts().map((alert) => alert.kind === 'health' && alert.problem)).toEqual([
      { code: 'health.clockBehind', params: { minutes: 60 } },
      // Behind the newest fact now: the run logged at +3 minutes.
      { code: 'health.clockBehind', params: { minutes: 33 } },
    ]);
  });

  it('alert staff at start when the clock is before this version was released', async () => {
    const { host } = tempHost({ now: clockAt(new Date('2000-01-01T00:01:00Z')).now });
    const { alerts } = await resultOf(host, 'alerts.list', {}, staff);
    expect(alerts).toEqual([expect.objectContaining({ kind: 'health', check: 'clock', problem: expect.objectContaining({ code: 'health.clockBeforeRelease' }) })]);
  });

  it('alert staff when the database file is replaced by a folder under the running kiosk, and keep the alert over the next runs', async () => {
    const kiosk = tempHost({ now: clockAt(startedAt).now });
    const { host } = kiosk;
    const watch = listening(host);
    const file = join(kiosk.store.dataDir, databaseFileName);
    renameSync(file, `${file}.elsewhere`);
    mkdirSync(file);
    onTestFinished(() => rmSync(file, { recursive: true, force: true }));

    host.health.run();
    host.health.run();
    expect(problemOf(host.health.latest(), 'database')).toEqual({ code: 'health.databaseMoved', params: {} });
    expect(watch.alerts()).toEqual([expect.objectContaining({ kind: 'health', check: 'database', problem: { code: 'health.databaseMoved', params: {} } })]);
    expect(await resultOf(host, 'health.status', {}, staff)).toMatchObject({ health: { results: expect.arrayContaining([{ check: 'database', problem: { code: 'health.databaseMoved', params: {} } }]) } });
  });

  it('report a network printer that accepts and stays silent as offline, leaving the alert to the printer’s own', async () => {
    const printer = await startFakeReceiptPrinter('silent');
    onTestFinished(() => printer.close());
    const { host } = tempHost({
      now: clockAt(startedAt).now,
      store: exampleStoreCopy('demo', { printer: { kind: 'network', host: '127.0.0.1', port: printer.port, timeoutMs: 200 } }),
    });
    const watch = listening(host);
    // Not answered yet at start: the printer is left out rather than guessed.
    expect(host.health.latest()?.results.map((result) => result.check)).toEqual(['database', 'disk', 'clock']);
    // The host asks the printer at start itself, as every minute; a check only reads the answer.
    await vi.waitFor(async () => expect(await resultOf(host, 'device.printerStatus', {}, staff)).toMatchObject({ printer: { condition: 'offline' } }));

    host.health.run();
    host.health.run();
    expect(problemOf(host.health.latest(), 'printer')).toEqual({ code: 'printer.offline', params: {} });
    expect(printer.connections()).toBeGreaterThan(0);
    const { alerts } = await resultOf(host, 'alerts.list', {}, staff);
    expect(alerts).toEqual([expect.objectContaining({ kind: 'printer', problem: { code: 'printer.offline', params: {} } })]);
    expect(watch.alerts().filter((alert) => alert.kind === 'health')).toEqual([]);
    expect(healthFacts(host).filter((event) => event.type === 'kiosk.healthChanged')).toEqual([{ type: 'kiosk.healthChanged', check: 'printer', problem: 'printer.offline' }]);
  });
});
