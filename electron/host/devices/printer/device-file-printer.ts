// Reaches a receipt printer through its device file (/dev/usb/lp0): asks its status where the
// device can answer, prints without where it cannot, and never blocks on a stuck device.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { HostError } from '../../../../shared/host-api/errors.ts';
import type { PrinterLink } from './printer-link.ts';

export interface DeviceFilePrinter {
  path: string;
  timeoutMs: number;
}

/** How often a non-blocking device is asked again for a reply or for room to write. */
const pollMs = 20;

/**
 * Non-blocking, because a blocking read on a printer that never answers (or a write to one out of
 * paper) would hold one of libuv's four pool threads for good. O_NOCTTY keeps a serial port from
 * becoming the kiosk's terminal; O_APPEND keeps every ticket in a plain file standing in for a printer.
 */
const openFlags = constants.O_NONBLOCK | constants.O_NOCTTY | constants.O_APPEND;

export async function openDeviceFileLink({ path, timeoutMs }: DeviceFilePrinter): Promise<PrinterLink> {
  let handle: FileHandle;
  let readable = true;
  try {
    handle = await open(path, constants.O_RDWR | openFlags);
  } catch (error) {
    if (!['EACCES', 'EPERM', 'EROFS'].includes(errorCode(error))) throw new HostError('printer.offline');
    // Allowed to write but not to read: print without status.
    readable = false;
    handle = await open(path, constants.O_WRONLY | openFlags).catch(() => {
      throw new HostError('printer.offline');
    });
  }
  // Only a character device (usblp, a serial port) is the printer itself; a plain file just fills up.
  const isDevice = await handle.stat().then(
    (stats) => stats.isCharacterDevice(),
    () => false,
  );
  return deviceLink(handle, readable && isDevice, timeoutMs);
}

function deviceLink(handle: FileHandle, answers: boolean, timeoutMs: number): PrinterLink {
  const received: number[] = [];
  const buffer = Buffer.alloc(64);
  let readFailed = false;
  return {
    answers,
    // A one-way port or a printer that keeps status to itself: print anyway, condition unknown.
    silence: 'unknown',
    async write(bytes) {
      const deadline = Date.now() + timeoutMs;
      let offset = 0;
      while (offset < bytes.length) {
        try {
          const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, null);
          offset += bytesWritten;
          if (bytesWritten > 0) continue;
        } catch (error) {
          // usblp answers ENOSPC when it gives up on a printer out of paper.
          if (errorCode(error) === 'ENOSPC') throw new HostError('printer.paperOut');
          if (errorCode(error) !== 'EAGAIN') throw new HostError('printer.offline');
        }
        if (Date.now() >= deadline) throw new HostError('printer.offline');
        await delay(pollMs);
      }
    },
    async readByte() {
      const deadline = Date.now() + timeoutMs;
      while (received.length === 0 && !readFailed && Date.now() < deadline) {
        try {
          const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
          received.push(...buffer.subarray(0, bytesRead));
        } catch (error) {
          // EAGAIN: nothing yet. Anything else (EINVAL from a port that cannot be read): never will.
          readFailed = errorCode(error) !== 'EAGAIN';
        }
        if (received.length === 0 && !readFailed) await delay(pollMs);
      }
      return received.shift();
    },
    discardPending() {
      received.length = 0;
    },
    async close() {
      await handle.close().catch(() => undefined);
    },
  };
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? '';
}
