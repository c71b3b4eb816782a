// Reads a store config or a data file it names as text, refusing what is not one before it can hurt:
// anything but a regular file (a device or a pipe would be read until memory runs out, or forever),
// a file over its size limit, bytes that are not UTF-8, and NUL. A UTF-8 byte order mark, as some
// Windows editors write, is taken off, so JSON positions count from the first character a person sees.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';

/** The largest store config: a big chain's config with every language is a few hundred kilobytes. */
export const maxConfigBytes = 2 * 1024 * 1024;
/** The largest data file (orders, bills, appointments a kiosk loads into memory). */
export const maxDataFileBytes = 16 * 1024 * 1024;

export type TextReading = { ok: true; text: string } | { ok: false; problem: HostErrorPayload };

export function readConfigText(path: string, maxBytes: number): TextReading {
  const file = basename(path);
  let fd: number;
  try {
    // Non-blocking: opening a named pipe nobody writes to must not hang the kiosk's start.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, problem: { code: 'config.unreadable', params: { file, reason: (error as NodeJS.ErrnoException).code ?? 'EIO' } } };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, problem: { code: 'config.notAFile', params: { file } } };
    if (stats.size > maxBytes) return { ok: false, problem: { code: 'config.tooLarge', params: { file, limit: `${Math.floor(maxBytes / 1024)} KiB` } } };
    // One byte more than the limit, in case the file grew since fstat.
    const bytes = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < bytes.length; length += read) read = readSync(fd, bytes, length, bytes.length - length, null);
    if (length > maxBytes) return { ok: false, problem: { code: 'config.tooLarge', params: { file, limit: `${Math.floor(maxBytes / 1024)} KiB` } } };
    return decodeText(bytes.subarray(0, length), file);
  } catch (error) {
    return { ok: false, problem: { code: 'config.unreadable', params: { file, reason: (error as NodeJS.ErrnoException).code ?? 'EIO' } } };
  } finally {
    closeSync(fd);
  }
}

const byteOrderMark = [0xef, 0xbb, 0xbf];

/** The text of UTF-8 bytes without a leading byte order mark; invalid UTF-8 or NUL named by line and column. */
function decodeText(bytes: Uint8Array, file: string): TextReading {
  const start = byteOrderMark.every((byte, index) => bytes[index] === byte) ? byteOrderMark.length : 0;
  const body = bytes.subarray(start);
  const bad = firstBadByte(body);
  if (bad !== null) {
    const { line, column } = positionOf(body, bad.offset);
    return { ok: false, problem: { code: 'config.invalidText', params: { file, line, column, found: bad.what } } };
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(body) };
}

/** The first byte that is NUL or does not belong to a well-formed UTF-8 sequence (no overlongs, no surrogates). */
function firstBadByte(bytes: Uint8Array): { offset: number; what: 'NUL' | 'not UTF-8' } | null {
  for (let offset = 0; offset < bytes.length; ) {
    const lead = bytes[offset] ?? 0;
    if (lead === 0) return { offset, what: 'NUL' };
    if (lead < 0x80) {
      offset += 1;
      continue;
    }
    // The sequence's length and the range its second byte must fall in (RFC 3629's table).
    const shape =
      lead >= 0xc2 && lead <= 0xdf ? { length: 2, low: 0x80, high: 0xbf }
      : lead === 0xe0 ? { length: 3, low: 0xa0, high: 0xbf }
      : (lead >= 0xe1 && lead <= 0xec) || lead === 0xee || lead === 0xef ? { length: 3, low: 0x80, high: 0xbf }
      : lead === 0xed ? { length: 3, low: 0x80, high: 0x9f }
      : lead === 0xf0 ? { length: 4, low: 0x90, high: 0xbf }
      : lead >= 0xf1 && lead <= 0xf3 ? { length: 4, low: 0x80, high: 0xbf }
      : lead === 0xf4 ? { length: 4, low: 0x80, high: 0x8f }
      : null;
    if (!shape) return { offset, what: 'not UTF-8' };
    for (let index = 1; index < shape.length; index += 1) {
      const byte = bytes[offset + index];
      const [low, high] = index === 1 ? [shape.low, shape.high] : [0x80, 0xbf];
      if (byte === undefined || byte < low || byte > high) return { offset, what: 'not UTF-8' };
    }
    offset += shape.length;
  }
  return null;
}

/** Line and column (in characters, from 1) of a byte offset in valid UTF-8 before it. */
function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset)).split('\n');
  return { line: before.length, column: [...(before.at(-1) ?? '')].length + 1 };
}
