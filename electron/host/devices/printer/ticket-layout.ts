// Lays out a queue ticket as ESC/POS bytes: store, the number in large type, service, time taken,
// the wait as a range and a QR code to follow the ticket, then a cut.
import type { PrinterCodePage } from '../../../../shared/config/printer-config.ts';
import type { Language } from '../../../../shared/i18n/languages.ts';
import { encodeText, escPosCodePageNumbers, printableText } from './code-pages.ts';
import * as escPos from './escpos-commands.ts';

export type TicketEstimate = { lowMinutes: number; highMinutes: number } | { unsure: true } | { nowServing: true };

/** Translated by the caller; punctuation included where the language wants it. */
export interface TicketLabels {
  /** Above the number: "Su turno". */
  heading: string;
  /** Before the time the ticket was taken: "Hora:". */
  issuedAt: string;
  /** Above the range: "Espera estimada". */
  estimate: string;
  /** After the range: "min". */
  minutes: string;
  /** When the wait cannot be estimated yet. */
  estimateUnsure: string;
  /** When the customer is next. */
  nowServing: string;
  /** Under the QR code: "Siga su turno en el móvil". */
  follow: string;
}

export interface TicketTexts {
  language: Language;
  serviceName: string;
  labels: TicketLabels;
}

export interface PrintedTicket extends TicketTexts {
  storeName: string;
  ticketNumber: string;
  issuedAt: Date;
  /** The store's IANA time zone; the kiosk's own when absent. */
  timeZone?: string;
  estimate: TicketEstimate;
  followUrl?: string;
  /**
   * The same texts in the store's default language, printed instead when the customer's language
   * does not fit the printer's code page (Arabic never does: see code-pages.ts).
   */
  fallback?: TicketTexts;
}

export interface TicketPaper {
  charactersPerLine: number;
  codePage: PrinterCodePage;
}

type PrintableTexts = { language: Language; serviceName: string | undefined; labels: { [key in keyof TicketLabels]: string | undefined } };

/** Dots per QR module: a link of ~60 characters prints about 25 mm wide at 203 dpi, easy for a phone, narrow enough for 58 mm paper. */
const qrModuleSize = 6;

export function layoutTicket(ticket: PrintedTicket, paper: TicketPaper): Uint8Array {
  const { charactersPerLine, codePage } = paper;
  const texts = chooseTexts(ticket, codePage);
  const { labels } = texts;
  const bytes: number[] = [];
  const push = (...commands: number[][]) => commands.forEach((command) => bytes.push(...command));
  const line = (text: string | undefined, times = 1) => {
    if (text === undefined) return;
    for (const part of wrap(text, Math.floor(charactersPerLine / times))) push([...encodeText(part, codePage)], escPos.lineFeed());
  };

  push(escPos.initialize(), escPos.selectCodePage(escPosCodePageNumbers[codePage]), escPos.align('center'));
  push(escPos.bold(true));
  line(printableText(ticket.storeName, codePage));
  push(escPos.bold(false), escPos.lineFeed());
  line(labels.heading);
  const number = printableText(ticket.ticketNumber, codePage) ?? ticket.ticketNumber;
  const numberSize = Math.max(1, Math.min(4, Math.floor(charactersPerLine / Math.max(1, number.length))));
  push(escPos.characterSize(numberSize, numberSize));
  line(number, numberSize);
  push(escPos.characterSize(1, 1), escPos.bold(true));
  line(texts.serviceName);
  push(escPos.bold(false));
  line(joined(labels.issuedAt, clockTime(ticket, texts.language, codePage)));
  push(escPos.lineFeed());
  if ('lowMinutes' in ticket.estimate) {
    line(labels.estimate);
    push(escPos.characterSize(2, 2));
    line(joined(printableText(minutesRange(ticket.estimate), codePage), labels.minutes), 2);
    push(escPos.characterSize(1, 1));
  } else {
    line('unsure' in ticket.estimate ? labels.estimateUnsure : labels.nowServing);
  }
  if (ticket.followUrl !== undefined) {
    push(escPos.lineFeed(), escPos.qrCode(new TextEncoder().encode(ticket.followUrl), qrModuleSize));
    line(labels.follow);
  }
  push(escPos.feedAndPartialCut());
  return Uint8Array.from(bytes);
}

/**
 * The customer's texts if the printer can print all of them, else the store's default-language
 * ones; when neither fits whole, what does print of the latter, the rest left out rather than
 * printed as question marks. The number, time and range are digits: they always print.
 */
function chooseTexts(ticket: PrintedTicket, codePage: PrinterCodePage): PrintableTexts {
  const candidates = [ticket, ...(ticket.fallback ? [ticket.fallback] : [])].map((texts) => printable(texts, codePage));
  const whole = candidates.find((texts) => texts.serviceName !== undefined && Object.values(texts.labels).every((label) => label !== undefined));
  return whole ?? (candidates.at(-1) as PrintableTexts);
}

function printable(texts: TicketTexts, codePage: PrinterCodePage): PrintableTexts {
  const labels = Object.fromEntries(
    Object.entries(texts.labels).map(([key, label]) => [key, printableText(label, codePage)]),
  ) as PrintableTexts['labels'];
  return { language: texts.language, serviceName: printableText(texts.serviceName, codePage), labels };
}

function minutesRange(estimate: { lowMinutes: number; highMinutes: number }): string {
  const low = Math.round(Math.min(estimate.lowMinutes, estimate.highMinutes));
  const high = Math.round(Math.max(estimate.lowMinutes, estimate.highMinutes));
  return low === high ? String(low) : `${low}–${high}`;
}

/**
 * The time as the language writes it, in Western digits (the code pages hold no others); a 24-hour
 * 10:05 where the language's own form still does not print (Arabic's ص and م).
 */
function clockTime(ticket: PrintedTicket, language: Language, codePage: PrinterCodePage): string {
  const format = (locale: string) =>
    new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: ticket.timeZone, numberingSystem: 'latn' }).format(ticket.issuedAt);
  return printableText(format(language), codePage) ?? format('en-GB');
}

function joined(...parts: (string | undefined)[]): string | undefined {
  const present = parts.filter((part): part is string => part !== undefined && part !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}

/** Breaks at spaces to fit `width` characters; a word longer than a line is split. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ').filter((part) => part !== '')) {
    if (current && current.length + 1 + word.length <= width) {
      current += ` ${word}`;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    while (current.length > width) {
      lines.push(current.slice(0, width));
      current = current.slice(width);
    }
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}
