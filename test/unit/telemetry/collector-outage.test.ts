import { describe, expect, it, vi } from 'vitest';
import { otlpReceiver } from './otlp-receiver.ts';
import { identity, telemetryKiosk } from './telemetry-kiosk.ts';

const seqsOf = (records: { attributes: Record<string, unknown> }[]) => records.map((record) => Number(record.attributes['atiende.event.seq']));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

describe('fleet telemetry through a collector outage', () => {
  it('delivers every event exactly once across a collector outage and a kiosk restart', async () => {
    const receiver = await otlpReceiver('up');
    const kiosk = telemetryKiosk();

    // Up: the first events go at once, and leave the outbox.
    const first = kiosk.open();
    let written = first.happen();
    const firstSender = first.sender(receiver.endpoint);
    await vi.waitFor(() => expect(receiver.accepted).toHaveLength(written));
    await vi.waitFor(() => expect(firstSender.status().waiting).toBe(0));

    // Down (503): nothing is lost, tries go on with longer waits, the events wait in the outbox.
    receiver.answer('down');
    written += first.happen() + first.happen();
    await vi.waitFor(() => expect(receiver.refused).toBeGreaterThanOrEqual(3));
    expect(firstSender.status()).toMatchObject({ waiting: 6, nextTryInMs: 40 });

    // The kiosk restarts while the collector is gone altogether (connections refused).
    await firstSender.stop();
    first.db.close();
    await receiver.close();
    const second = kiosk.open();
    expect(second.outbox.waiting()).toBe(6);
    written += second.happen();
    const secondSender = second.sender(receiver.endpoint);
    await vi.waitFor(() => expect(secondSender.status().failuresInARow).toBeGreaterThanOrEqual(2));
    expect(receiver.accepted).toHaveLength(3);

    // Back: everything arrives, oldest first, each event once.
    await receiver.reopen();
    receiver.answer('up');
    await vi.waitFor(() => expect(secondSender.status().waiting).toBe(0), { timeout: 5000 });
    await secondSender.stop();
    second.db.close();
    expect(written).toBe(12);
    expect(seqsOf(receiver.accepted)).toEqual(range(1, 12));
  });

  it('names the store and kiosk on the resource and sends each event with its type, time and fields', async () => {
    const receiver = await otlpReceiver('up');
    const kiosk = telemetryKiosk().open();
    kiosk.happen();
    const sender = kiosk.sender(receiver.endpoint);
    await vi.waitFor(() => expect(receiver.accepted).toHaveLength(3));
    await sender.stop();
    kiosk.db.close();

    const [usage, queue, audit] = receiver.accepted;
    for (const record of receiver.accepted) {
      expect(record.resource).toMatchObject({
        'service.name': 'atiende-kiosk',
        'service.instance.id': identity.kioskId,
        'atiende.store.id': identity.storeId,
        'atiende.kiosk.id': identity.kioskId,
      });
      expect(record.attributes).toMatchObject({ 'atiende.store.id': identity.storeId, 'atiende.kiosk.id': identity.kioskId });
    }
    expect(usage).toMatchObject({
      body: 'screen.viewed',
      eventName: 'atiende.usage.screen.viewed',
      timeUnixNano: String(BigInt(Date.parse('2026-11-23T10:00:01.000Z')) * 1_000_000n),
      attributes: { 'atiende.event.seq': 1, 'atiende.event.source': 'usage', 'atiende.sessionId': 'session-1', 'atiende.screen': 'home', 'atiende.logSeq': 1 },
    });
    expect(queue).toMatchObject({
      body: 'counter.opened',
      attributes: { 'atiende.event.source': 'queue', 'atiende.day': '2026-11-23', 'atiende.counter': 'desk-1', 'atiende.services': ['customer-service'] },
    });
    expect(audit).toMatchObject({
      body: 'staff.signIn',
      attributes: { 'atiende.event.source': 'audit', 'atiende.staffId': 'ana', 'atiende.device': 'kiosk', 'atiende.detail.method': 'pin', 'atiende.detail.attempt': 1 },
    });
    expect(usage?.attributes).not.toHaveProperty('atiende.type');
  });

  it('waits twice as long after each failed try, up to the ceiling, and counts afresh once a batch goes through', async () => {
    const receiver = await otlpReceiver('down');
    const kiosk = telemetryKiosk().open();
    kiosk.happen();
    const sender = kiosk.sender(receiver.endpoint, { backOff: { firstMs: 20, maxMs: 80 } });
    const waits = new Set<number>();
    await vi.waitFor(() => {
      const { failuresInARow, nextTryInMs } = sender.status();
      if (failuresInARow > 0) waits.add(nextTryInMs);
      expect(failuresInARow).toBeGreaterThanOrEqual(5);
    }, { interval: 1 });
    expect([...waits].every((wait) => [20, 40, 80].includes(wait))).toBe(true);
    expect(sender.status().nextTryInMs).toBe(80);
    receiver.answer('up');
    await vi.waitFor(() => expect(sender.status()).toMatchObject({ waiting: 0, failuresInARow: 0 }));
    await sender.stop();
    kiosk.db.close();
  });
});
