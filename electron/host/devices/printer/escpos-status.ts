// ESC/POS real-time status: the DLE EOT queries and what the printer's one-byte replies mean,
// after Epson's reference for DLE EOT n.

export const statusQueries = { printer: 1, offlineCause: 2, errorCause: 3, paperSensor: 4 } as const;
export type StatusQuery = keyof typeof statusQueries;

/** DLE EOT n: the printer answers at once, even offline or with a full buffer. */
export function statusQuery(query: StatusQuery): Uint8Array {
  return Uint8Array.of(0x10, 0x04, statusQueries[query]);
}

/** Every reply has bit 1 and bit 4 on and bits 0 and 7 off; any other byte is not a status reply. */
export function isStatusReply(byte: number): boolean {
  return (byte & 0b1001_0011) === 0b0001_0010;
}

export interface StatusReplies {
  printer: number;
  offlineCause?: number;
  errorCause?: number;
  paperSensor?: number;
}

export type PrinterFault = 'autocutter' | 'unrecoverable' | 'autoRecoverable' | 'recoverable' | 'unknown';

export interface EscPosStatus {
  online: boolean;
  coverOpen: boolean;
  paperOut: boolean;
  paperNearEnd: boolean;
  /** Offline until an error it can clear itself (an overheated head) has passed. */
  waitingForRecovery: boolean;
  feedButtonPressed: boolean;
  /** Why the printer stopped with an error; undefined when it has none. */
  fault: PrinterFault | undefined;
}

const bit = (byte: number | undefined, index: number) => byte !== undefined && (byte & (1 << index)) !== 0;

/** What the replies say; a query left unasked counts as reporting nothing wrong. */
export function parseStatusReplies(replies: StatusReplies): EscPosStatus {
  const { printer, offlineCause, errorCause, paperSensor } = replies;
  // The paper sensor reply sets two bits for each sensor (bits 2-3 near end, bits 5-6 end).
  const paperNearEnd = paperSensor !== undefined && (paperSensor & 0b0000_1100) !== 0;
  const paperEnd = paperSensor !== undefined && (paperSensor & 0b0110_0000) !== 0;
  return {
    online: !bit(printer, 3),
    coverOpen: bit(offlineCause, 2),
    paperOut: paperEnd || bit(offlineCause, 5),
    paperNearEnd: paperNearEnd || paperEnd,
    waitingForRecovery: bit(printer, 5),
    feedButtonPressed: bit(printer, 6),
    fault: bit(offlineCause, 6) ? faultOf(errorCause) : undefined,
  };
}

function faultOf(errorCause: number | undefined): PrinterFault {
  if (bit(errorCause, 3)) return 'autocutter';
  if (bit(errorCause, 5)) return 'unrecoverable';
  if (bit(errorCause, 6)) return 'autoRecoverable';
  if (bit(errorCause, 2)) return 'recoverable';
  return 'unknown';
}

/**
 * How the kiosk sees its printer. `unknown`: a printer that cannot report (a one-way device file)
 * and took the last ticket without error.
 */
export type PrinterCondition = 'ready' | 'paperOut' | 'coverOpen' | 'offline' | 'failed' | 'unknown';

/** The one condition staff must fix first: the cover before the paper, since the paper is changed with it open. */
export function conditionOf(status: EscPosStatus): PrinterCondition {
  if (status.coverOpen) return 'coverOpen';
  if (status.paperOut) return 'paperOut';
  if (status.fault !== undefined) return 'failed';
  if (!status.online) return 'offline';
  return 'ready';
}
