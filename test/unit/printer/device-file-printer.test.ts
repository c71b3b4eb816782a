import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { layoutTicket } from '../../../electron/host/devices/printer/ticket-layout.ts';
import { createTicketPrinter, type PrinterStatus } from '../../../electron/host/devices/printer/ticket-printer.ts';
import { printerConfigSchema } from '../../../shared/config/printer-config.ts';
import { decodeEscPos, printedTexts, printedTicketFixture } from '../../fixtures/escpos-printer.ts';

/**
 * A two-way USB printer stand-in: a pseudo-terminal in raw mode is a character device that sends
 * back what its other end writes. Python opens it (Node cannot), answers DLE EOT 1-4 with the
 * given replies, and prints everything it received, as hex, when its standard input closes.
 */
const ptyPrinter = `
import os, pty, select, sys, tty
replies = bytes.fromhex(sys.argv[1])
master, slave = pty.openpty()
tty.setraw(slave)
print(os.ttyname(slave), flush=True)
received = bytearray()
while True:
    ready, _, _ = select.select([master, sys.stdin], [], [])
    if sys.stdin in ready and not os.read(sys.stdin.fileno(), 1):
        break
    if master in ready:
        start = len(received)
        received += os.read(master, 4096)
        for at in range(max(0, start - 2), len(received) - 2):
            if received[at] == 0x10 and received[at + 1] == 0x04 and 1 <= received[at + 2] <= 4:
                os.write(master, replies[received[at + 2] - 1:received[at + 2]])
print(received.hex(), flush=True)
`;

const helpers: ChildProcess[] = [];
afterEach(() => helpers.forEach((helper) => helper.kill()));

async function startPtyPrinter(replies: string) {
  const python = spawn('python3', ['-c', ptyPrinter, replies], { stdio: ['pipe', 'pipe', 'inherit'] });
  helpers.push(python);
  let output = '';
  python.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = once(python, 'exit').then(() => {
    throw new Error('the pseudo-terminal printer stopped before opening');
  });
  while (!output.includes('\n')) await Promise.race([once(python.stdout, 'data'), exited]);
  const path = output.trim();
  return {
    path,
    async received(): Promise<Uint8Array> {
      python.stdin.end();
      await once(python, 'exit');
      return Uint8Array.from(Buffer.from(output.split('\n')[1] ?? '', 'hex'));
    },
  };
}

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

  it('asks a two-way printer for its status, prints, and asks again', async () => {
    const usbPrinter = await startPtyPrinter('12121212');
    const { ticketPrinter, statuses } = printerAt(usbPrinter.path);
    await ticketPrinter.print(printedTicketFixture());
    const receipt = decodeEscPos(await usbPrinter.received());
    expect(receipt.statusQueries).toEqual([1, 2, 4, 1, 2, 4]);
    expect(printedTexts(receipt)).toEqual(expect.arrayContaining(['A012', 'Atención al cliente', '12-20 min']));
    expect(statuses).toEqual([{ condition: 'ready', paperNearEnd: false, checkedAt }]);
  });

  it('sends no ticket to a two-way printer that reports its paper out', async () => {
    const usbPrinter = await startPtyPrinter('1a32127e');
    const { ticketPrinter, statuses } = printerAt(usbPrinter.path);
    await expect(ticketPrinter.print(printedTicketFixture())).rejects.toMatchObject({ code: 'printer.paperOut' });
    const receipt = decodeEscPos(await usbPrinter.received());
    expect(receipt.statusQueries).toEqual([1, 2, 4]);
    expect(receipt.lines).toEqual([]);
    expect(statuses.map((status) => status.condition)).toEqual(['paperOut']);
  });
});
