// The back office's first paint with a year of a busy kiosk in its log: a real host (browser shell
// and store-network listener, as test/e2e starts them) on the generated data folder, Marta the
// manager signed in with Chromium, and the time to the first contentful paint and to every report
// drawn, against the kiosk's attract screen's first paint measured in the same run.
import { spawn, type ChildProcess } from 'node:child_process';
import { shellStarted } from '../../fixtures/shell-started.ts';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { readOperatorAccess } from '../../../electron/host/api/operator-access.ts';
import { browserTransport } from '../../../shared/host-api/browser-transport.ts';
import { chromiumExecutable, chromiumTestArgs } from '../../e2e/support/chromium.ts';
import { addStaffSignIn, marta } from '../../e2e/support/staff-store.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** Page loads of each kind: the median is printed, so one slow load on a busy machine is not the figure. */
const loads = 3;

export type PaintFigures =
  | {
      skipped: false;
      /** Medians, in milliseconds since navigation started. */
      kioskAttractPaintMs: number;
      signInPaintMs: number;
      reportsPaintMs: number;
      reportsDrawnMs: number;
      /** The charts and tables drawn, of the period the back office opens on. */
      charts: number;
      tables: number;
      hostStartSeconds: number;
    }
  | { skipped: true; reason: string };

/** Why the back office cannot be measured here, or null when it can. */
function paintSkipReason(renderer: string): string | null {
  if (!existsSync(join(projectRoot, 'renderer/backoffice.html'))) return 'the back office (renderer/backoffice.html) does not exist yet';
  if (!existsSync(join(renderer, 'backoffice.html'))) return 'the built renderer has no backoffice.html: run npm run build';
  try {
    chromiumExecutable();
  } catch (error) {
    return (error as Error).message;
  }
  return null;
}

interface PaintSetting {
  /** A folder of the bench's own, for the store's copy. */
  folder: string;
  /** The data folder the year was generated in. */
  dataDir: string;
  /** The built renderer to serve (a copy of out/renderer, see bundle-size.ts). */
  renderer: string;
  timeZone: string;
}

/** Starts the browser shell on a copy of the demo store with staff sign-in and the year's data folder. */
async function startHost({ folder, dataDir, renderer, timeZone }: PaintSetting): Promise<{ child: ChildProcess; seconds: number }> {
  const storeDir = join(folder, 'store');
  cpSync(join(projectRoot, 'assets/stores/demo'), storeDir, { recursive: true });
  const configFile = join(storeDir, 'store.json');
  await addStaffSignIn(storeDir, configFile);
  const started = performance.now();
  const child = spawn(process.execPath, ['electron/browser/main.ts', '--no-browser', '--port', '0', '--config', configFile, '--data-dir', dataDir, '--renderer-dir', renderer], {
    cwd: projectRoot,
    // The host reads its reports on the store's clock: the zone the year was generated in.
    env: { ...process.env, TZ: timeZone },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await shellStarted(child, 120_000);
  return { child, seconds: (performance.now() - started) / 1000 };
}

/** A fresh one-time kiosk address, as `npm run kiosk -- --page kiosk` asks the running shell for one. */
async function kioskAddress(dataDir: string): Promise<string> {
  const reading = readOperatorAccess(dataDir);
  if (!reading.ok) throw new Error(`no operator access: ${reading.file} is ${reading.problem}`);
  const response = await fetch(new URL(browserTransport.pageAddressPath, `http://127.0.0.1:${reading.access.port}`), {
    method: 'POST',
    headers: { authorization: `Bearer ${reading.access.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ view: 'kiosk' }),
  });
  return ((await response.json()) as { url: string }).url;
}

function networkOrigin(dataDir: string): string {
  const reading = readOperatorAccess(dataDir);
  if (!reading.ok || !reading.access.network) throw new Error('the store-network listener is not running');
  return reading.access.network;
}

/** The page's first contentful paint, once Chromium has one, in ms since navigation started. */
async function firstPaint(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
}

/** Waits (frame by frame) until the reports are read and every chart is drawn; answers when, since navigation started. */
async function reportsDrawn(page: Page): Promise<{ ms: number; charts: number; tables: number }> {
  const seen = () =>
    page.evaluate(() => ({
      ms: performance.now(),
      busy: document.querySelector('.reports-page')?.getAttribute('aria-busy') ?? null,
      screen: document.querySelector('[data-screen]')?.getAttribute('data-screen') ?? null,
      sections: document.querySelectorAll('section[data-report]').length,
      charts: document.querySelectorAll('.chart-frame').length,
      drawn: document.querySelectorAll('.chart-frame .recharts-wrapper > svg.recharts-surface').length,
      tables: document.querySelectorAll('table.report-table').length,
    }));
  try {
    await page.waitForFunction(
      () => {
        const charts = [...document.querySelectorAll('.chart-frame')];
        return (
          document.querySelector('.reports-page')?.getAttribute('aria-busy') === 'false' &&
          document.querySelector('section[data-report]') !== null &&
          charts.length > 0 &&
          charts.every((chart) => chart.querySelector('.recharts-wrapper > svg.recharts-surface') !== null)
        );
      },
      undefined,
      { polling: 'raf', timeout: 120_000 },
    );
  } catch (error) {
    throw new Error(`the reports were not drawn: ${JSON.stringify(await seen())}`, { cause: error });
  }
  return seen();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function measure(browser: Browser, dataDir: string): Promise<Omit<Extract<PaintFigures, { skipped: false }>, 'skipped' | 'hostStartSeconds'>> {
  const kioskPaints: number[] = [];
  for (let load = 0; load < loads; load += 1) {
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, locale: 'es-ES' });
    const page = await context.newPage();
    await page.goto(await kioskAddress(dataDir));
    await page.locator('[data-screen="attract"]').waitFor();
    kioskPaints.push(await firstPaint(page));
    await context.close();
  }

  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'es-ES', ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(`${networkOrigin(dataDir)}/backoffice`);
  await page.locator('[data-screen="office-sign-in"]').waitFor();
  const signInPaint = await firstPaint(page);
  await page.locator('#sign-in-staffId').fill(marta.id);
  await page.locator('#sign-in-pin').fill(marta.pin);
  await page.locator('.sign-in__submit').click();
  await page.locator('[data-screen="office-reports"]').waitFor();
  await reportsDrawn(page);

  // Signed in: the back office as a manager opens it, reports read from the year's log at once.
  const reportPaints: number[] = [];
  const drawn: { ms: number; charts: number; tables: number }[] = [];
  for (let load = 0; load < loads; load += 1) {
    await page.reload();
    reportPaints.push(await firstPaint(page));
    drawn.push(await reportsDrawn(page));
  }
  await context.close();
  return {
    kioskAttractPaintMs: median(kioskPaints),
    signInPaintMs: signInPaint,
    reportsPaintMs: median(reportPaints),
    reportsDrawnMs: median(drawn.map((each) => each.ms)),
    charts: drawn[0]?.charts ?? 0,
    tables: drawn[0]?.tables ?? 0,
  };
}

export async function runPaintBench(setting: PaintSetting): Promise<PaintFigures> {
  const reason = paintSkipReason(setting.renderer);
  if (reason) return { skipped: true, reason };
  const { dataDir } = setting;
  const host = await startHost(setting);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumTestArgs });
    return { skipped: false, ...(await measure(browser, dataDir)), hostStartSeconds: host.seconds };
  } finally {
    await browser?.close();
    const exited = new Promise((resolve) => host.child.once('exit', resolve));
    host.child.kill('SIGTERM');
    await exited;
  }
}

export function printPaint(figures: PaintFigures): void {
  if (figures.skipped) {
    console.log(`  back office first paint: skipped, ${figures.reason}`);
    return;
  }
  const line = (label: string, ms: number) => `    ${label} ${ms.toFixed(0)} ms = ${(ms / figures.kioskAttractPaintMs).toFixed(2)}x the kiosk's attract screen`;
  console.log(`  back office with the year loaded (host started in ${figures.hostStartSeconds.toFixed(1)} s; medians of ${loads} loads, ms since navigation):`);
  console.log(`    baseline: kiosk attract screen, first contentful paint ${figures.kioskAttractPaintMs.toFixed(0)} ms`);
  console.log(line('sign-in, first contentful paint:            ', figures.signInPaintMs));
  console.log(line('signed in, first contentful paint:          ', figures.reportsPaintMs));
  console.log(line(`signed in, reports drawn (${figures.charts} charts, ${figures.tables} tables):`, figures.reportsDrawnMs));
}
