// Prints the HTML report to PDF under Electron: a hidden, offscreen, sandboxed window with scripting
// off loads the report from a private temp file, and Chromium's printToPDF makes the pages.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions, WebContents } from 'electron';
import { inPrivateTempDir, PdfPrintError, type PdfPrinter } from '../host/reports/pdf-printer.ts';

/** What the printer needs of a BrowserWindow, so the tests' fake Electron can stand in. */
export interface PdfWindow {
  readonly webContents: Pick<WebContents, 'loadURL' | 'printToPDF'>;
  isDestroyed(): boolean;
  close(): void;
}

export interface PdfWindowClass {
  new (options: BrowserWindowConstructorOptions): PdfWindow;
}

export interface ElectronPdfDeps {
  BrowserWindow: PdfWindowClass;
  timeoutMs?: number;
}

/** A4 at 96 dots per inch: the page lays out at the width it will print at. */
const a4 = { width: 794, height: 1123 };

const pdfWindowOptions: BrowserWindowConstructorOptions = {
  show: false,
  ...a4,
  webPreferences: {
    offscreen: true,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    javascript: false,
    webSecurity: true,
    webviewTag: false,
    spellcheck: false,
    // A session of its own, in memory only: printing leaves nothing in the kiosk's profile.
    partition: 'atiende-report-pdf',
  },
};

const pdfOptions: PrintToPDFOptions = {
  pageSize: 'A4',
  preferCSSPageSize: true,
  printBackground: true,
  displayHeaderFooter: false,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
};

export function electronPdfPrinter({ BrowserWindow, timeoutMs = 60_000 }: ElectronPdfDeps): PdfPrinter {
  return (html) =>
    inPrivateTempDir(async (folder) => {
      const page = join(folder, 'report.html');
      writeFileSync(page, html, { mode: 0o600 });
      const window = new BrowserWindow(pdfWindowOptions);
      try {
        return await withinTime(print(window, page), timeoutMs);
      } finally {
        if (!window.isDestroyed()) window.close();
      }
    });
}

async function print(window: PdfWindow, page: string): Promise<Uint8Array> {
  try {
    await window.webContents.loadURL(pathToFileURL(page).href);
    return new Uint8Array(await window.webContents.printToPDF(pdfOptions));
  } catch (error) {
    throw new PdfPrintError('failed', error instanceof Error ? error.message : String(error));
  }
}

function withinTime<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  // A print that settles after the deadline settles unheard.
  work.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new PdfPrintError('timedOut', `printing took more than ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
