import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createTicketPrinter, type PrinterStatus } from '../../../electron/host/devices/printer/ticket-printer.ts';
import { printerConfigSchema } from '../../../shared/config/printer-config.ts';
import {
  closedPort,
  decodeEscPos,
  printedTexts,
  printedTicketFixture,
  startFakeReceiptPrinter,
  type FakePrinterState,
  type FakeReceiptPrinter,
} from '../../fixtures/escpos-printer.ts';

const timeoutMs = 150;
const checkedAt = new Date('2026-11-23T10:05:00Z');
let printer: FakeReceiptPrinter | undefined;
afterEach(async () => {
  await printer?.close();
  printer = undefined;
});

async function printerIn(state: FakePrinterState) {
  printer = await startFakeReceiptPrinter(state);
  return connect(printer.port);
}

function connect(port: number) {
  const statuses: PrinterStatus[] = [];
  const config = printerConfigSchema.parse({ kind: 'network', host: '127.0.0.1', port, timeoutMs, codePage: 'windows1252' });
  const ticketPrinter = createTicketPrinter(config, { now: () => checkedAt, onStatus: (status) => statuses.push(status) });
  return { ticketPrinter, statuses };
}

const received = () => decodeEscPos(printer?.received() ?? new Uint8Array());

describe('the network ticket printer', () => {
  it('asks the printer’s status, prints the ticket, and asks again to confirm', async () => {
    const { ticketPrinter, statuses } = await printerIn('ready');
    await ticketPrinter.print(printedTicketFixture());
    const receipt = received();
    expect(printedTexts(receipt)).toEqual(expect.arrayContaining(['A012', 'Atención al cliente', 'Hora: 10:05', '12–20 min']));
    expect(receipt.qrCodes.map((qr) => qr.payload)).toEqual(['https://turnos.example.com/test-store/A012']);
    expect(receipt.cuts).toEqual(['partial']);
    expect(receipt.statusQueries).toEqual([1, 2, 4, 1, 2, 4]);
    expect(statuses).toEqual([{ condition: 'ready', paperNearEnd: false, checkedAt }]);
  });

  it('prints with the roll nearly empty and says so', async () => {
    const { ticketPrinter, statuses } = await printerIn('paperNearEnd');
    await ticketPrinter.print(printedTicketFixture());
    expect(received().cuts).toEqual(['partial']);
    expect(statuses).toEqual([{ condition: 'ready', paperNearEnd: true, checkedAt }]);
  });

  it.each([
    ['paperOut', 'printer.paperOut'],
    ['coverOpen', 'printer.coverOpen'],
    ['offline', 'printer.offline'],
    ['cutterJam', 'printer.failed'],
  ] as const)('reports a printer that is %s as %s and sends it no ticket', async (state, code) => {
    const { ticketPrinter, statuses } = await printerIn(state);
    await expect(ticketPrinter.print(printedTicketFixture())).rejects.toMatchObject({ name: 'HostError', code });
    expect(received().lines).toEqual([]);
    expect(statuses).toHaveLength(1);
    expect(statuses[0]?.condition).toBe(code === 'printer.failed' ? 'failed' : state);
  });

  it('asks what went wrong when the printer reports an error', async () => {
    const { ticketPrinter, statuses } = await printerIn('cutterJam');
    await expect(ticketPrinter.print(printedTicketFixture())).rejects.toThrow();
    expect(received().statusQueries).toEqual([1, 2, 4, 3]);
    expect(statuses[0]).toMatchObject({ condition: 'failed', fault: 'autocutter' });
  });

  it('reports paper that ran out while the ticket printed', async () => {
    const { ticketPrinter, statuses } = await printerIn('ready');
    if (printer) printer.stateAfterCut = 'paperOut';
    await expect(ticketPrinter.print(printedTicketFixture())).rejects.toMatchObject({ code: 'printer.paperOut' });
    expect(statuses.map((status) => status.condition)).toEqual(['paperOut']);
  });

  it('gives up on a printer that never answers as offline, quickly, and lets the connection go', async () => {
    const { ticketPrinter, statuses } = await printerIn('silent');
    const started = performance.now();
    await expect(ticketPrinter.print(printedTicketFixture())).rejects.toMatchObject({ code: 'printer.offline' });
    expect(performance.now() - started).toBeLessThan(timeoutMs * 4);
    expect(statuses.map((status) => status.condition)).toEqual(['offline']);
    expect(received().lines).toEqual([]);
    await delay(50);
    expect(printer?.openConnections()).toBe(0);
  });

  it('reports a refused connection as offline', async () => {
    const { ticketPrinter, statuses } = connect(await closedPort());
    await expect(ticketPrinter.print(printedTicketFixture())).rejects.toMatchObject({ code: 'printer.offline' });
    expect(statuses.map((status) => status.condition)).toEqual(['offline']);
  });

  it('tells its status without printing', async () => {
    const { ticketPrinter, statuses } = await printerIn('coverOpen');
    await expect(ticketPrinter.status()).resolves.toEqual({ condition: 'coverOpen', paperNearEnd: false, checkedAt });
    if (printer) printer.state = 'ready';
    await expect(ticketPrinter.status()).resolves.toMatchObject({ condition: 'ready' });
    expect(statuses.map((status) => status.condition)).toEqual(['coverOpen', 'ready']);
    expect(received().lines).toEqual([]);
  });

  it('prints tickets taken at the same moment one after the other, on one connection at a time', async () => {
    const { ticketPrinter } = await printerIn('ready');
    await Promise.all([
      ticketPrinter.print(printedTicketFixture({ ticketNumber: 'A012' })),
      ticketPrinter.print(printedTicketFixture({ ticketNumber: 'A013' })),
      ticketPrinter.status(),
    ]);
    expect(printer?.interleaved()).toBe(false);
    expect(printer?.connections()).toBe(3);
    expect(printedTexts(received()).filter((text) => /^A01\d$/.test(text))).toEqual(['A012', 'A013']);
  });

  it('carries on after a failed job', async () => {
    const { ticketPrinter } = await printerIn('silent');
    await expect(ticketPrinter.print(printedTicketFixture())).rejects.toMatchObject({ code: 'printer.offline' });
    if (printer) printer.state = 'ready';
    await ticketPrinter.print(printedTicketFixture());
    expect(received().cuts).toEqual(['partial']);
  });
});
