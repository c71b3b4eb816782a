import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { layoutTicket } from '../../../electron/host/devices/printer/ticket-layout.ts';
import { createTicketPrinter, type PrinterStatus } from '../../../electron/host/devices/printer/ticket-printer.ts';
import { printerConfigSchema } from '../../../shared/config/printer-config.ts';
import { decodeEscPos, printedTexts, printedTicketFixture } from '../../fixtures/escpos-printer.ts';

const timeoutMs = 150;
const checkedAt = new Date('2026-11-23T10:05:00Z');
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'atiende-printer-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function printerAt(path: string) {
  const statuses: PrinterStatus[] = [];
  const config = printerConfigSchema.parse({ kind: 'device', path, timeoutMs });
  const ticketPrinter = createTicketPrinter(config, { now: () => checkedAt, onStatus: (status) => statuses.push(status) });
  return { config, ticketPrinter, statuses };
}

describe('the device file ticket printer', () => {
  it('writes the ticket’s bytes to the device, exactly as laid out', async () => {
    const path = join(folder, 'lp0');
    writeFileSync(path, '');
    const { config, ticketPrinter, statuses } = printerAt(path);
    await ticketPrinter.print(printedTicketFixture());
    expect(new Uint8Array(readFileSync(path))).toEqual(layoutTicket(printedTicketFixture(), config));
    expect(printedTexts(decodeEscPos(readFileSync(path)))).toContain('Atención al cliente');
    // A plain file cannot answer: no status query goes into it, and the condition stays unknown.
    expect(statuses).toEqual([{ condition: 'unknown', paperNearEnd: false, checkedAt }]);
  });

  it('adds each ticket after the last', async () => {
    const path = join(folder, 'lp0');
    writeFileSync(path, '');
    const { ticketPrinter } = printerAt(path);
    await ticketPrinter.print(printedTicketFixture({ ticketNumber: 'A012' }));
    await ticketPrinter.print(printedTicketFixture({ ticketNumber: 'A013' }));
    const receipt = decodeEscPos(readFileSync(path));
    expect(receipt.cuts).toHaveLength(2);
    expect(printedTexts(receipt)).toEqual(expect.arrayContaining(['A012', 'A013']));
  });

  it('reports a missing device as offline', async () => {
    const { ticketPrinter, statuses } = printerAt(join(folder, 'usb', 'lp0'));
    await expect(ticketPrinter.print(printedTicketFixture())).rejects.toMatchObject({ name: 'HostError', code: 'printer.offline' });
    await expect(ticketPrinter.status()).resolves.toMatchObject({ condition: 'offline' });
    expect(statuses.map((status) => status.condition)).toEqual(['offline', 'offline']);
  });

  it('reports a path that is no device as offline', async () => {
    const { ticketPrinter } = printerAt(folder);
    await expect(ticketPrinter.print(printedTicketFixture())).rejects.toMatchObject({ code: 'printer.offline' });
  });

  it('prints to a device that never answers its status, after waiting a bounded time', async () => {
    // /dev/null is a character device that takes every byte and never sends one back.
    const { ticketPrinter, statuses } = printerAt('/dev/null');
    const started = performance.now();
    await ticketPrinter.print(printedTicketFixture());
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(timeoutMs - 10);
    expect(elapsed).toBeLessThan(timeoutMs * 4);
    expect(statuses.map((status) => status.condition)).toEqual(['unknown']);
  });
});
