import { describe, expect, it } from 'vitest';
import { conditionOf, isStatusReply, parseStatusReplies, statusQuery } from '../../../electron/host/devices/printer/escpos-status.ts';

describe('the ESC/POS status', () => {
  it('asks with DLE EOT and the number of each status', () => {
    expect([...statusQuery('printer')]).toEqual([0x10, 0x04, 1]);
    expect([...statusQuery('offlineCause')]).toEqual([0x10, 0x04, 2]);
    expect([...statusQuery('errorCause')]).toEqual([0x10, 0x04, 3]);
    expect([...statusQuery('paperSensor')]).toEqual([0x10, 0x04, 4]);
  });

  it('takes only bytes with the fixed bits of a reply as replies', () => {
    expect([0x12, 0x16, 0x1a, 0x32, 0x7e].every(isStatusReply)).toBe(true);
    expect([0x00, 0xff, 0x10, 0x13, 0x92, 0x02].some(isStatusReply)).toBe(false);
  });

  it('reads a printer with nothing to report as online and ready, whatever its drawer pin says', () => {
    const status = parseStatusReplies({ printer: 0x16, offlineCause: 0x12, paperSensor: 0x12 });
    expect(status).toEqual({ online: true, coverOpen: false, paperOut: false, paperNearEnd: false, waitingForRecovery: false, feedButtonPressed: false, fault: undefined });
    expect(conditionOf(status)).toBe('ready');
  });

  it('reads an empty roll from the offline cause and the paper sensor', () => {
    const status = parseStatusReplies({ printer: 0x1a, offlineCause: 0x32, paperSensor: 0x7e });
    expect(status).toMatchObject({ online: false, paperOut: true, paperNearEnd: true });
    expect(conditionOf(status)).toBe('paperOut');
  });

  it('reads a roll near its end as still ready', () => {
    const status = parseStatusReplies({ printer: 0x12, offlineCause: 0x12, paperSensor: 0x1e });
    expect(status).toMatchObject({ paperNearEnd: true, paperOut: false });
    expect(conditionOf(status)).toBe('ready');
  });

  it('puts an open cover first, since the roll is changed with it open', () => {
    const status = parseStatusReplies({ printer: 0x1a, offlineCause: 0x36, paperSensor: 0x72 });
    expect(status).toMatchObject({ coverOpen: true, paperOut: true });
    expect(conditionOf(status)).toBe('coverOpen');
  });

  it('names the error the printer reports', () => {
    const fault = (errorCause: number | undefined) => parseStatusReplies({ printer: 0x1a, offlineCause: 0x52, errorCause, paperSensor: 0x12 }).fault;
    expect(fault(0x1a)).toBe('autocutter');
    expect(fault(0x32)).toBe('unrecoverable');
    expect(fault(0x52)).toBe('autoRecoverable');
    expect(fault(0x16)).toBe('recoverable');
    expect(fault(undefined)).toBe('unknown');
    expect(conditionOf(parseStatusReplies({ printer: 0x1a, offlineCause: 0x52, errorCause: 0x1a }))).toBe('failed');
  });

  it('reads an offline printer waiting to recover, or with its feed button held, as offline', () => {
    const waiting = parseStatusReplies({ printer: 0x3a, offlineCause: 0x12, paperSensor: 0x12 });
    expect(waiting).toMatchObject({ online: false, waitingForRecovery: true });
    expect(conditionOf(waiting)).toBe('offline');
    expect(parseStatusReplies({ printer: 0x5a }).feedButtonPressed).toBe(true);
  });
});
