import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it, vi } from 'vitest';
import { storeConfigFixture } from '../../fixtures/store-config.ts';
import { tempHost } from '../../fixtures/temp-host.ts';
import { otlpReceiver } from './otlp-receiver.ts';
import { telemetryKiosk } from './telemetry-kiosk.ts';

/** The outbox's rows, read through a connection of the test's own, as an operator's sqlite3 would. */
function outboxRows(dataDir: string): { source: string; body: string }[] {
  const db = new DatabaseSync(join(dataDir, 'atiende.sqlite'), { readOnly: true });
  try {
    return db.prepare('SELECT source, body FROM telemetry_outbox ORDER BY seq').all() as { source: string; body: string }[];
  } finally {
    db.close();
  }
}

describe('the telemetry outbox', () => {
  it('keeps only the newest events past its bound, and counts the ones it dropped', () => {
    const kiosk = telemetryKiosk().open({ maxRows: 5 });
    for (let round = 0; round < 4; round += 1) kiosk.happen();
    expect(kiosk.outbox.waiting()).toBe(5);
    expect(kiosk.outbox.oldest(10).map((row) => row.seq)).toEqual([8, 9, 10, 11, 12]);
    expect(kiosk.outbox.drops()).toEqual({ dropped: 7, reported: 0 });
    kiosk.db.close();
  });

  it('applies a smaller bound at once when the config lowers it', () => {
    const kiosk = telemetryKiosk().open({ maxRows: 100 });
    kiosk.happen();
    kiosk.happen();
    kiosk.outbox.switchOn(4);
    expect(kiosk.outbox.oldest(10).map((row) => row.seq)).toEqual([3, 4, 5, 6]);
    expect(kiosk.outbox.drops().dropped).toBe(2);
    kiosk.db.close();
  });

  it('tells the back end once how many events it dropped', async () => {
    const receiver = await otlpReceiver('up');
    const kiosk = telemetryKiosk().open({ maxRows: 5 });
    kiosk.happen();
    kiosk.happen();
    const sender = kiosk.sender(receiver.endpoint);
    await vi.waitFor(() => expect(receiver.accepted).toHaveLength(6));
    kiosk.happen();
    await vi.waitFor(() => expect(receiver.accepted).toHaveLength(9));
    await sender.stop();
    expect(kiosk.outbox.drops()).toEqual({ dropped: 1, reported: 1 });
    kiosk.db.close();

    const drops = receiver.accepted.filter((record) => record.body === 'telemetry.dropped');
    expect(drops).toHaveLength(1);
    expect(drops[0]?.attributes).toMatchObject({ 'atiende.telemetry.dropped': 1, 'atiende.store.id': 'test-store' });
    const events = receiver.accepted.filter((record) => record.body !== 'telemetry.dropped');
    expect(events.map((record) => record.attributes['atiende.event.seq'])).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('takes no events while telemetry is off', () => {
    const kiosk = telemetryKiosk().open({ maxRows: null });
    kiosk.happen();
    expect(kiosk.outbox.waiting()).toBe(0);
    kiosk.db.close();
  });
});

describe('fleet telemetry in the host', () => {
  it('writes nothing to the outbox for a store config without telemetry', () => {
    const { host, store } = tempHost();
    host.usageLog.append(null, { type: 'screen.viewed', screen: 'home' });
    expect(outboxRows(store.dataDir)).toEqual([]);
  });

  it('sends the kiosk start to the configured collector under the store id and kiosk name', async () => {
    const receiver = await otlpReceiver('up');
    const config = storeConfigFixture({ store: { id: 'test-store', name: 'Test Store', kioskName: 'Door' }, telemetry: { endpoint: receiver.endpoint } });
    tempHost({ config });
    await vi.waitFor(() => expect(receiver.accepted.map((record) => record.body)).toContain('kiosk.started'));
    expect(receiver.accepted[0]?.resource).toMatchObject({ 'atiende.kiosk.id': 'test-store:Door', 'atiende.store.id': 'test-store' });
  });

  it('empties the outbox when telemetry is taken out of the config', async () => {
    const receiver = await otlpReceiver('down');
    const kiosk = tempHost({ config: storeConfigFixture({ telemetry: { endpoint: receiver.endpoint, kioskId: 'kiosk-7' } }) });
    await vi.waitFor(() => expect(receiver.refused).toBeGreaterThan(0));
    expect(outboxRows(kiosk.store.dataDir).map((row) => row.source)).toContain('usage');
    writeFileSync(kiosk.store.configFile, JSON.stringify(storeConfigFixture()));
    kiosk.restart();
    expect(outboxRows(kiosk.store.dataDir)).toEqual([]);
  });
});
