import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { chromiumPath, chromiumPdfArguments, chromiumPdfPrinter, PdfPrintError } from '../../../electron/host/reports/pdf-printer.ts';
import { reportDocument } from '../../../electron/host/reports/report-handlers.ts';
import { electronPdfPrinter } from '../../../electron/main/pdf-printer.ts';
import { createFakeElectron, type FakeWebContents } from '../../fakes/electron.ts';
import { sampleReportSet } from '../../fixtures/sample-report-set.ts';
import { pageCount, pageSizes } from './pdf-pages.ts';

/** A temp folder the printers make their own temp folders in (TMPDIR), to see that they leave nothing. */
function watchedTempDir(): string {
  const folder = mkdtempSync(join(tmpdir(), 'atiende-pdf-test-'));
  vi.stubEnv('TMPDIR', folder);
  onTestFinished(() => {
    vi.unstubAllEnvs();
    rmSync(folder, { recursive: true, force: true });
  });
  return folder;
}

/** A shell script in Chromium's place, doing what `script` says; made before the watched TMPDIR. */
function standInChromium(script: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'atiende-stand-in-')), 'chromium');
  onTestFinished(() => rmSync(dirname(file), { recursive: true, force: true }));
  writeFileSync(file, `#!/bin/sh\n${script}\n`);
  chmodSync(file, 0o700);
  return file;
}

interface Printed {
  options: BrowserWindowConstructorOptions;
  contents: FakeWebContents;
}

/** A fake Electron whose windows print with `printing`; what was opened is in the list returned. */
function fakeElectronPrinting(printing: (contents: FakeWebContents, options: PrintToPDFOptions) => Promise<Buffer>) {
  const electron = createFakeElectron();
  const opened: Printed[] = [];
  class RecordingWindow extends electron.BrowserWindow {
    constructor(options: BrowserWindowConstructorOptions) {
      super(options);
      const contents = this.webContents;
      contents.printing = (pdfOptions) => printing(contents, pdfOptions);
      opened.push({ options, contents });
    }
  }
  return { BrowserWindow: RecordingWindow, opened };
}

describe('the Electron PDF printer', () => {
  it('prints from a hidden, offscreen, sandboxed window with scripting off, from a private file, and closes it', async () => {
    const temp = watchedTempDir();
    let page: { html: string; mode: number; folderMode: number; options: PrintToPDFOptions } | undefined;
    const { BrowserWindow, opened } = fakeElectronPrinting(async (contents, options) => {
      const file = fileURLToPath(contents.url);
      page = { html: readFileSync(file, 'utf8'), mode: statSync(file).mode & 0o777, folderMode: statSync(dirname(file)).mode & 0o777, options };
      return Buffer.from('%PDF-1.7 the pages');
    });

    const pdf = await electronPdfPrinter({ BrowserWindow })('<!doctype html><p>March</p>');

    expect(Buffer.from(pdf).toString('latin1')).toBe('%PDF-1.7 the pages');
    expect(page).toMatchObject({ html: '<!doctype html><p>March</p>', mode: 0o600, folderMode: 0o700, options: { pageSize: 'A4', preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false } });
    const [window, ...others] = opened;
    expect(others).toEqual([]);
    expect(window?.options).toMatchObject({ show: false, webPreferences: { offscreen: true, sandbox: true, javascript: false, contextIsolation: true, nodeIntegration: false } });
    expect(window?.options.webPreferences?.partition).not.toMatch(/^persist:/);
    expect(window?.options.webPreferences?.preload).toBeUndefined();
    expect(window?.contents.loadedUrls).toEqual([expect.stringMatching(/^file:\/\/.*\/report\.html$/)]);
    expect(window?.contents.isDestroyed()).toBe(true);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('fails with a typed error, and leaves no window or file, when Chromium cannot print', async () => {
    const temp = watchedTempDir();
    const { BrowserWindow, opened } = fakeElectronPrinting(() => Promise.reject(new Error('Printing failed')));
    const failure = await electronPdfPrinter({ BrowserWindow })('<p>x</p>').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PdfPrintError);
    expect(failure).toMatchObject({ failure: 'failed', message: expect.stringContaining('Printing failed') });
    expect(opened[0]?.contents.isDestroyed()).toBe(true);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('gives up on a print that never ends, and closes its window', async () => {
    const temp = watchedTempDir();
    const { BrowserWindow, opened } = fakeElectronPrinting(() => new Promise<Buffer>(() => undefined));
    const failure = await electronPdfPrinter({ BrowserWindow, timeoutMs: 100 })('<p>x</p>').catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'PdfPrintError', failure: 'timedOut' });
    expect(opened[0]?.contents.isDestroyed()).toBe(true);
    expect(readdirSync(temp)).toEqual([]);
  });
});

describe("the Chromium PDF printer (the browser shell's and the command line's)", () => {
  it('prints the report on A4 pages, a title page and each report on pages of its own', { timeout: 120_000 }, async () => {
    const temp = watchedTempDir();
    const set = sampleReportSet();
    const pdf = await chromiumPdfPrinter({ chromiumPath: chromiumPath() })(reportDocument(set, 'en', 'es'));
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(1 + set.reports.length);
    // A4 is 595 by 842 points.
    expect(pageSizes(pdf)).toEqual([[595, 842]]);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('says so when there is no Chromium where it was told to look', async () => {
    const temp = watchedTempDir();
    const failure = await chromiumPdfPrinter({ chromiumPath: join(temp, 'no-chromium') })('<p>x</p>').catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'PdfPrintError', failure: 'browserMissing' });
    expect(readdirSync(temp)).toEqual([]);
  });

  it('stops a Chromium that hangs, and fails with a typed error', async () => {
    const stuck = standInChromium('exec sleep 600');
    const temp = watchedTempDir();
    const failure = await chromiumPdfPrinter({ chromiumPath: stuck, timeoutMs: 300 })('<p>x</p>').catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'PdfPrintError', failure: 'timedOut' });
    expect(readdirSync(temp)).toEqual([]);
  });

  it('fails with a typed error when Chromium ends without a PDF, saying what it said', async () => {
    const broken = standInChromium('echo "cannot open display" >&2\nexit 1');
    const temp = watchedTempDir();
    const failure = await chromiumPdfPrinter({ chromiumPath: broken })('<p>x</p>').catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'PdfPrintError', failure: 'failed', message: expect.stringContaining('cannot open display') });
    expect(readdirSync(temp)).toEqual([]);
  });

  it('turns the sandbox off only for root, where Chromium needs it off to start', () => {
    const files = { page: '/tmp/x/report.html', pdf: '/tmp/x/report.pdf', profile: '/tmp/x/profile' };
    expect(chromiumPdfArguments({ ...files, asRoot: true })).toContain('--no-sandbox');
    expect(chromiumPdfArguments({ ...files, asRoot: false })).not.toContain('--no-sandbox');
    expect(chromiumPdfArguments({ ...files, asRoot: false })).toEqual(
      expect.arrayContaining(['--headless', '--no-pdf-header-footer', '--print-to-pdf=/tmp/x/report.pdf', '--user-data-dir=/tmp/x/profile', 'file:///tmp/x/report.html']),
    );
  });
});
