// One job with a printer over any link (TCP, device file): ask its status, print only if it can,
// then ask again, so a reply that comes after the ticket confirms the printer took it.
import {
  conditionOf,
  isStatusReply,
  parseStatusReplies,
  statusQuery,
  type PrinterCondition,
  type PrinterFault,
  type StatusQuery,
} from './escpos-status.ts';

export interface PrinterLink {
  /** False when the printer cannot send anything back (a plain file, a device opened write-only). */
  readonly answers: boolean;
  /** What a printer that does not answer a status query means on this link. */
  readonly silence: 'offline' | 'unknown';
  /** Resolves once the link took the bytes; rejects with a printer HostError when it cannot. */
  write(bytes: Uint8Array): Promise<void>;
  /** The next byte from the printer, or undefined when none comes in time. */
  readByte(): Promise<number | undefined>;
  /** Forgets bytes that came unasked, so a stale one is never read as a reply. */
  discardPending(): void;
  close(): Promise<void>;
}

export interface PrinterReading {
  condition: PrinterCondition;
  /** The roll is nearly empty: tickets still print, but staff should change it soon. */
  paperNearEnd: boolean;
  fault?: PrinterFault;
}

/** Bytes that are not status replies (automatic status back, line noise) skipped before giving up. */
const strayBytesTolerated = 16;

async function ask(link: PrinterLink, query: StatusQuery): Promise<number | undefined> {
  link.discardPending();
  await link.write(statusQuery(query));
  for (let stray = 0; stray <= strayBytesTolerated; stray += 1) {
    const byte = await link.readByte();
    if (byte === undefined || isStatusReply(byte)) return byte;
  }
  return undefined;
}

/** DLE EOT 1, 2 and 4 (and 3 when the printer reports an error), each answered before the next. */
export async function askStatus(link: PrinterLink): Promise<PrinterReading> {
  if (!link.answers) return { condition: 'unknown', paperNearEnd: false };
  const silent: PrinterReading = { condition: link.silence, paperNearEnd: false };
  const printer = await ask(link, 'printer');
  if (printer === undefined) return silent;
  const offlineCause = await ask(link, 'offlineCause');
  if (offlineCause === undefined) return silent;
  const paperSensor = await ask(link, 'paperSensor');
  if (paperSensor === undefined) return silent;
  // Bit 6 of the offline cause: an error occurred; DLE EOT 3 says which.
  const errorCause = (offlineCause & 0b0100_0000) !== 0 ? await ask(link, 'errorCause') : undefined;
  const status = parseStatusReplies({ printer, offlineCause, errorCause, paperSensor });
  const condition = conditionOf(status);
  return { condition, paperNearEnd: status.paperNearEnd, ...(condition === 'failed' && status.fault ? { fault: status.fault } : {}) };
}

/** Prints when the printer is ready (or cannot say); `printed` is false unless it confirmed or cannot. */
export async function printOver(link: PrinterLink, ticket: Uint8Array): Promise<PrinterReading & { printed: boolean }> {
  const before = await askStatus(link);
  if (before.condition !== 'ready' && before.condition !== 'unknown') return { ...before, printed: false };
  await link.write(ticket);
  if (before.condition === 'unknown') return { ...before, printed: true };
  const after = await askStatus(link);
  return { ...after, printed: after.condition === 'ready' };
}
