// Puts already translated text into the printer's code page: typographic characters the page lacks
// become plain ones, and a text the page cannot hold is reported rather than printed as "????".
import CodepageEncoder from '@point-of-sale/codepage-encoder';
import type { PrinterCodePage } from '../../../../shared/config/printer-config.ts';

/** Each code page's number for ESC t in Epson's table, which the common clones share for these. */
export const escPosCodePageNumbers: Record<PrinterCodePage, number> = {
  cp437: 0,
  cp850: 2,
  cp860: 3,
  cp863: 4,
  cp865: 5,
  windows1252: 16,
  cp866: 17,
  cp852: 18,
  cp858: 19,
};

/** Plain stand-ins for characters translators and Intl use that most code pages lack. */
const plainStandIns: Readonly<Record<string, string>> = {
  '\u2013': '-', // en dash, as in "12–20 min"
  '\u2014': '-',
  '\u2212': '-',
  '\u2018': "'",
  '\u2019': "'", // the French apostrophe: l’écran
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2026': '...',
  '\u00A0': ' ',
  '\u202F': ' ', // Intl puts a narrow no-break space in "10:05 AM" and before French colons
  '\u2009': ' ',
  'œ': 'oe',
  'Œ': 'OE',
  '€': 'EUR',
};

/**
 * Arabic and Hebrew need shaping and right-to-left ordering that text mode on a receipt printer
 * does not do; none of the offered code pages holds them anyway, but a future one (cp864) would
 * print the letters unjoined and backwards, so such text never counts as printable.
 */
const rightToLeft = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

const printableByPage = new Map<PrinterCodePage, ReadonlySet<number>>();

function printableCodePoints(codePage: PrinterCodePage): ReadonlySet<number> {
  let codePoints = printableByPage.get(codePage);
  if (!codePoints) {
    // Bytes below 0x20 and 0x7F are commands to the printer, whatever glyph the table gives them.
    const table = CodepageEncoder.getCodepoints(codePage, true);
    codePoints = new Set(table.filter((_, byte) => byte >= 0x20 && byte !== 0x7f));
    printableByPage.set(codePage, codePoints);
  }
  return codePoints;
}

/** The text as the code page can print it (whitespace made single spaces), or undefined if it cannot. */
export function printableText(text: string, codePage: PrinterCodePage): string | undefined {
  if (rightToLeft.test(text)) return undefined;
  const codePoints = printableCodePoints(codePage);
  const fits = (part: string) => [...part].every((char) => codePoints.has(char.codePointAt(0) ?? -1));
  let printable = '';
  for (const char of text.normalize('NFC').replace(/\s+/g, ' ').trim()) {
    const standIn = fits(char) ? char : plainStandIns[char];
    if (standIn === undefined || !fits(standIn)) return undefined;
    printable += standIn;
  }
  return printable;
}

/** Bytes for text that `printableText` accepted. */
export function encodeText(text: string, codePage: PrinterCodePage): Uint8Array {
  return CodepageEncoder.encode(text, codePage);
}
