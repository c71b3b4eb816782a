// The few ESC/POS commands a queue ticket needs, as bytes, after Epson's ESC/POS command reference.
const ESC = 0x1b;
const GS = 0x1d;
const LF = 0x0a;

export type Alignment = 'left' | 'center' | 'right';

/** ESC @: clears what an earlier job left set (size, bold, alignment). */
export function initialize(): number[] {
  return [ESC, 0x40];
}

/** ESC t n: the table that bytes from 0x80 print from. */
export function selectCodePage(number: number): number[] {
  return [ESC, 0x74, number];
}

/** ESC a n: also places the QR code. */
export function align(alignment: Alignment): number[] {
  return [ESC, 0x61, { left: 0, center: 1, right: 2 }[alignment]];
}

/** ESC E n. */
export function bold(on: boolean): number[] {
  return [ESC, 0x45, on ? 1 : 0];
}

/** GS ! n: character width and height, each 1 to 8 times the normal size. */
export function characterSize(width: number, height: number): number[] {
  const factor = (times: number) => Math.min(8, Math.max(1, Math.round(times))) - 1;
  return [GS, 0x21, (factor(width) << 4) | factor(height)];
}

/** LF: prints the line buffered so far. */
export function lineFeed(): number[] {
  return [LF];
}

/** GS V B 0: feeds the paper up to the cutter and cuts it partly, so the ticket tears off cleanly. */
export function feedAndPartialCut(): number[] {
  return [GS, 0x56, 0x42, 0x00];
}

/**
 * A model 2 QR code at error correction M, printed at once: GS ( k with functions 165 (model),
 * 167 (module size in dots), 169 (error correction), 180 (store the data) and 181 (print).
 */
export function qrCode(payload: Uint8Array, moduleSize: number): number[] {
  // Kept far below the symbol's limit: a length whose bytes read 0x10 0x04 would look like a status query.
  if (payload.length > 1000) throw new RangeError('a QR payload longer than 1000 bytes');
  const functionBytes = (fn: number, ...parameters: number[]) => {
    const length = parameters.length + 2;
    return [GS, 0x28, 0x6b, length & 0xff, length >> 8, 0x31, fn, ...parameters];
  };
  return [
    ...functionBytes(0x41, 0x32, 0x00),
    ...functionBytes(0x43, moduleSize),
    ...functionBytes(0x45, 0x31),
    ...functionBytes(0x50, 0x30, ...payload),
    ...functionBytes(0x51, 0x30),
  ];
}
