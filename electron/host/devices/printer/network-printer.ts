// Reaches a network receipt printer by raw TCP (port 9100), one connection per job; every wait has
// a limit and the socket is always destroyed, so a dead printer can never hang the kiosk.
import { connect, type Socket } from 'node:net';
import { HostError } from '../../../../shared/host-api/errors.ts';
import type { PrinterLink } from './printer-link.ts';

export interface NetworkPrinterAddress {
  host: string;
  port: number;
  timeoutMs: number;
}

export function openNetworkLink({ host, port, timeoutMs }: NetworkPrinterAddress): Promise<PrinterLink> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const fail = () => {
      clearTimeout(timer);
      socket.destroy();
      reject(new HostError('printer.offline'));
    };
    // Covers the name lookup too: a host name that never resolves is as offline as a cable pulled out.
    const timer = setTimeout(fail, timeoutMs);
    socket.once('error', fail);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.off('error', fail);
      socket.setNoDelay(true);
      resolve(socketLink(socket, timeoutMs));
    });
  });
}

function socketLink(socket: Socket, timeoutMs: number): PrinterLink {
  const received: number[] = [];
  let closed = false;
  let wake: (() => void) | undefined;
  const notify = () => wake?.();
  socket.on('data', (chunk: Buffer) => {
    received.push(...chunk);
    notify();
  });
  // 'close' follows every error; the link only needs to stop waiting.
  socket.on('error', () => undefined);
  socket.on('close', () => {
    closed = true;
    notify();
  });

  return {
    answers: true,
    silence: 'offline',
    write(bytes) {
      return new Promise((resolve, reject) => {
        if (closed) return reject(new HostError('printer.offline'));
        // The callback waits while the printer's receive window is full: a printer that stopped reading.
        const timer = setTimeout(() => reject(new HostError('printer.offline')), timeoutMs);
        socket.write(bytes, (error) => {
          clearTimeout(timer);
          if (error) reject(new HostError('printer.offline'));
          else resolve();
        });
      });
    },
    readByte() {
      return new Promise((resolve) => {
        const settle = () => {
          clearTimeout(timer);
          wake = undefined;
          resolve(received.shift());
        };
        const timer = setTimeout(settle, timeoutMs);
        if (received.length > 0 || closed) return settle();
        wake = settle;
      });
    },
    discardPending() {
      received.length = 0;
    },
    async close() {
      // Safe to cut short: a job ends on a status reply, which the printer sends only after it
      // received every byte written before the query.
      socket.destroy();
    },
  };
}
