// Prints the HTML report to PDF with Chromium's own print-to-PDF: headless Debian Chromium for the
// browser shell and `npm run report`; the Electron shell brings its own printer (electron/main).
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** HTML in, PDF bytes out; rejects with a PdfPrintError. */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

export type PdfFailure = 'browserMissing' | 'timedOut' | 'failed';

export class PdfPrintError extends Error {
  readonly failure: PdfFailure;
  /** What went wrong, for operators: Chromium's last words, or the time it was given. */
  readonly detail: string;

  constructor(failure: PdfFailure, detail: string) {
    super(`the PDF could not be printed (${failure}): ${detail}`);
    this.name = 'PdfPrintError';
    this.failure = failure;
    this.detail = detail;
  }
}

/** Where Debian installs Chromium; ATIENDE_CHROMIUM (or the browser shell's --chromium) says otherwise. */
const defaultChromiumPath = '/usr/bin/chromium';

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.ATIENDE_CHROMIUM?.trim() || defaultChromiumPath;
}

/** A report of three years on a busy machine prints in seconds; a minute means Chromium is stuck. */
const defaultTimeoutMs = 60_000;

/**
 * Runs `work` in a fresh folder only this user can read (the report holds the store's figures), and
 * removes the folder whatever happens.
 */
export async function inPrivateTempDir<T>(work: (folder: string) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), 'atiende-report-'));
  try {
    chmodSync(folder, 0o700);
    return await work(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export interface ChromiumPdfOptions {
  chromiumPath: string;
  timeoutMs?: number;
  /** Chromium refuses to start as root unless its sandbox is off: true when this process runs as root. */
  asRoot?: boolean;
}

export function chromiumPdfPrinter({ chromiumPath: binary, timeoutMs = defaultTimeoutMs, asRoot = process.getuid?.() === 0 }: ChromiumPdfOptions): PdfPrinter {
  return (html) =>
    inPrivateTempDir(async (folder) => {
      const page = join(folder, 'report.html');
      const pdf = join(folder, 'report.pdf');
      writeFileSync(page, html, { mode: 0o600 });
      await runChromium(binary, chromiumPdfArguments({ page, pdf, profile: join(folder, 'profile'), asRoot }), timeoutMs);
      let bytes: Buffer;
      try {
        bytes = readFileSync(pdf);
      } catch {
        throw new PdfPrintError('failed', 'Chromium ended without writing the PDF');
      }
      if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new PdfPrintError('failed', 'Chromium wrote something that is not a PDF');
      return new Uint8Array(bytes);
    });
}

export function chromiumPdfArguments({ page, pdf, profile, asRoot }: { page: string; pdf: string; profile: string; asRoot: boolean }): string[] {
  return [
    '--headless',
    // Chromium will not start as root with its sandbox on (it says so and exits): only for root is it off.
    ...(asRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    // No switch turns scripting off here: --blink-settings=scriptEnabled=false stops headless printing
    // altogether. The report needs none, and its own Content-Security-Policy forbids every script.
    `--user-data-dir=${profile}`,
    '--no-pdf-header-footer',
    `--print-to-pdf=${pdf}`,
    pathToFileURL(page).href,
  ];
}

function runChromium(binary: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a stuck Chromium is stopped with its renderer and GPU helpers.
    const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let said = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      said = `${said}${chunk}`.slice(-2_000);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stopGroup(child.pid);
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new PdfPrintError(error.code === 'ENOENT' ? 'browserMissing' : 'failed', `${binary}: ${error.message}`));
    });
    // On exit, not on close: a helper that outlived the group must not keep the caller waiting.
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) reject(new PdfPrintError('timedOut', `Chromium took more than ${timeoutMs} ms`));
      else if (code === 0) resolve();
      else reject(new PdfPrintError('failed', `Chromium ended with ${signal ?? `code ${code}`}: ${lastLines(said)}`));
    });
  });
}

function stopGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Gone already.
  }
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' | ') || 'it said nothing';
}
