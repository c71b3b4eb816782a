import { describe, expect, it, onTestFinished } from 'vitest';
import type { Host } from '../../../electron/host/create-host.ts';
import { decodeEscPos, printedTexts, startFakeReceiptPrinter, type FakeReceiptPrinter } from '../../fixtures/escpos-printer.ts';
import { exampleStoreCopy, openSession, resultOf } from '../../fixtures/host.ts';
import { tempHost } from '../../fixtures/temp-host.ts';

/** The demo store printing on a fake network receipt printer in `state`; both go when the test ends. */
async function demoKioskWithPrinter(
  state: 'ready' | 'paperOut' | 'offline',
): Promise<{ host: Host; printer: FakeReceiptPrinter; pushed: { event: string; payload: unknown }[] }> {
  const printer = await startFakeReceiptPrinter(state);
  onTestFinished(() => printer.close());
  const { host } = tempHost({
    store: exampleStoreCopy('demo', {
      printer: {
        kind: 'network',
        host: '127.0.0.1',
        port: printer.port,
        timeoutMs: 300,
        codePage: 'windows1252',
        followUrlTemplate: 'https://turnos.example.com/{store}/{ticket}',
      },
    }),
  });
  const pushed: { event: string; payload: unknown }[] = [];
  host.events.subscribe({ role: 'operator' }, (envelope) => pushed.push(envelope));
  return { host, printer, pushed };
}

describe('tickets on the kiosk’s printer', () => {
  it('prints a customer’s ticket in their language with its wait and a QR code to follow it', async () => {
    const { host, printer } = await demoKioskWithPrinter('ready');
    const sessionId = await openSession(host, 'en');
    const { ticket } = await resultOf(host, 'queue.takeTicket', { sessionId, service: 'product-advice' });

    expect(ticket).toMatchObject({ number: 'B001', print: { status: 'printed' }, followUrl: 'https://turnos.example.com/demo-centro/B001' });
    const receipt = decodeEscPos(printer.received());
    const texts = printedTexts(receipt);
    expect(texts).toEqual(expect.arrayContaining(['Your ticket', 'B001', 'Product advice']));
    expect(receipt.qrCodes.map((code) => code.payload)).toEqual(['https://turnos.example.com/demo-centro/B001']);
    expect(receipt.cuts).toHaveLength(1);
  });

  it('still gives the ticket when the printer is out of paper: shown on screen, logged, and staff alerted', async () => {
    const { host, pushed } = await demoKioskWithPrinter('paperOut');
    const { ticket } = await resultOf(host, 'help.request', { sessionId: null, screen: 'home' });

    expect(ticket).toMatchObject({ number: 'A001', print: { status: 'failed', problem: { code: 'printer.paperOut' } } });
    expect(pushed).toContainEqual({
      event: 'staff.alert',
      payload: { id: expect.any(String), kind: 'printer', problem: { code: 'printer.paperOut', params: {} }, ticketNumber: 'A001', at: expect.any(String) },
    });
    expect(pushed).toContainEqual({ event: 'device.printerStatus', payload: expect.objectContaining({ condition: 'paperOut' }) });
    // A staff screen that connects later still learns it.
    expect(await resultOf(host, 'device.printerStatus', {})).toEqual({ printer: expect.objectContaining({ condition: 'paperOut' }) });
    expect(host.usageLog.read().map((stored) => stored.event)).toContainEqual({ type: 'printer.failed', code: 'printer.paperOut' });
    // The ticket is real all the same: it waits in line like any other.
    expect((await resultOf(host, 'queue.ticket', { ticketId: ticket.id })).ticket).toMatchObject({ state: 'waiting', position: 1 });
  });

  it('reports a printer that answers nothing as offline', async () => {
    const { host, pushed } = await demoKioskWithPrinter('offline');
    const { ticket } = await resultOf(host, 'queue.takeTicket', { service: 'customer-service' });
    expect(ticket.print).toEqual({ status: 'failed', problem: { code: 'printer.offline', params: {} } });
    expect(pushed.some((envelope) => envelope.event === 'staff.alert')).toBe(true);
  });
});
