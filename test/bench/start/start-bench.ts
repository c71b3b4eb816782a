// The browser shell's cold start to the attract screen painted (issue 13: under 1.5 s), next to
// figures of the same run: Chromium alone opening a static page (what no shell can beat), the shell
// as it was before (Chromium launched only once the server listened), and the shell without Node's
// compile cache. Each is the median of a
// few cold starts, headless (as a kiosk's Chromium, without a window). Writes bench-results/start.json;
// `node test/bench/start/start-bench.ts` runs it alone.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectCdp } from '../../../electron/browser/cdp-pipe.ts';
import { launchChromium, type ChromiumLaunch } from '../../../electron/browser/chromium.ts';
import { attachKioskPage, defaultHangPolicy } from '../../../electron/browser/kiosk-page.ts';
import { openStartingPage } from '../../../electron/browser/starting-page.ts';
import { chromiumPath } from '../../../electron/host/reports/pdf-printer.ts';
import { realTimers } from '../../../electron/host/supervision/recovery-backoff.ts';
import { shellStarted } from '../../fixtures/shell-started.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const runs = 5;
const goalMs = 1_500;
const chromiumBinary = chromiumPath();
const asRoot = process.getuid?.() === 0;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Launches Chromium on `startUrl`, opens `url` in it as the shell does, and answers when its first screen was painted. */
async function chromiumPainted(startUrl: string, url: string, started: number): Promise<number> {
  const launch: ChromiumLaunch = { binary: chromiumBinary, startUrl, headless: true, asRoot };
  const chromium = launchChromium(launch);
  const cdp = connectCdp(chromium.toChromium, chromium.fromChromium);
  try {
    const page = await attachKioskPage({ cdp, startingUrl: startUrl, hang: defaultHangPolicy, timers: realTimers, onTrouble: () => undefined, log: () => undefined });
    const screen = await page.open(url);
    page.stop();
    if (screen === null) throw new Error(`${url} showed no screen`);
    return performance.now() - started;
  } finally {
    cdp.close();
    chromium.kill('SIGKILL');
    await chromium.exited;
  }
}

/** Chromium alone: a cold start to a static page's first screen painted, served at once. */
async function chromiumAlone(): Promise<number> {
  const server = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html');
    response.end('<!doctype html><title>static</title><div data-screen="attract">Touch to start</div>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  try {
    return await chromiumPainted(url, url, performance.now());
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

interface BenchStore {
  configFile: string;
  rendererDir: string;
  dataDir(): string;
}

/** The shell as a kiosk starts it (with --no-browser for the "before" figure); stopped when `measure` is done. */
async function withShell<T>(store: BenchStore, args: string[], env: NodeJS.ProcessEnv, measure: (child: ReturnType<typeof spawn>, started: number) => Promise<T>): Promise<T> {
  const started = performance.now();
  const child = spawn(process.execPath, ['electron/browser/main.ts', '--port', '0', '--config', store.configFile, '--data-dir', store.dataDir(), '--renderer-dir', store.rendererDir, ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    return await measure(child, started);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

/** Now: the shell starts Chromium at once and opens the kiosk page when its server listens. */
function shellNow(store: BenchStore, env: NodeJS.ProcessEnv): Promise<number> {
  return withShell(store, ['--headless'], env, (child, started) => {
    let output = '';
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no attract screen within 60 s:\n${output}`)), 60_000);
      const heard = (chunk: Buffer) => {
        output += chunk.toString();
        if (/\[browser\] the kiosk page shows attract/.test(output)) {
          clearTimeout(timer);
          resolve(performance.now() - started);
        }
      };
      child.stdout?.on('data', heard);
      child.stderr?.on('data', heard);
    });
  });
}

/** Before: Chromium launched only once the server listened, as the shell did until issue 13. */
function shellBefore(store: BenchStore, env: NodeJS.ProcessEnv): Promise<number> {
  return withShell(store, ['--no-browser'], env, async (child, started) => {
    const address = await shellStarted(child, 60_000);
    const starting = await openStartingPage();
    try {
      return await chromiumPainted(starting.url, address, started);
    } finally {
      await starting.close();
    }
  });
}

export interface StartFigures {
  runs: number;
  /** Medians, in ms from the process's spawn to the attract screen painted. */
  chromiumAloneMs: number;
  shellBeforeMs: number;
  /** As now, but with Node's compile cache off: every module compiled again. */
  shellUncachedMs: number;
  shellNowMs: number;
  goalMs: number;
  met: boolean;
}

export async function runStartBench(): Promise<boolean> {
  const folder = mkdtempSync(join(tmpdir(), 'atiende-start-bench-'));
  try {
    // A copy of the built renderer and of the demo store; a fresh data folder for every start.
    const rendererDir = join(folder, 'renderer');
    cpSync(join(projectRoot, 'out/renderer'), rendererDir, { recursive: true });
    cpSync(join(projectRoot, 'assets/stores/demo'), join(folder, 'store'), { recursive: true });
    let starts = 0;
    const store: BenchStore = { configFile: join(folder, 'store', 'store.json'), rendererDir, dataDir: () => join(folder, `data-${(starts += 1)}`) };
    // As the unit in assets/systemd/ runs it: Node's compile cache in a folder that outlives the
    // shell (cold at the first start only, as on a kiosk's first boot).
    const cached = { NODE_COMPILE_CACHE: join(folder, 'compile-cache') };
    const alone: number[] = [];
    const before: number[] = [];
    const uncached: number[] = [];
    const now: number[] = [];
    // Interleaved, so a busy moment of the machine weighs on each kind alike.
    for (let run = 0; run < runs; run += 1) {
      alone.push(await chromiumAlone());
      before.push(await shellBefore(store, cached));
      uncached.push(await shellNow(store, { NODE_DISABLE_COMPILE_CACHE: '1' }));
      now.push(await shellNow(store, cached));
    }
    const figures: StartFigures = {
      runs,
      chromiumAloneMs: median(alone),
      shellBeforeMs: median(before),
      shellUncachedMs: median(uncached),
      shellNowMs: median(now),
      goalMs,
      met: median(now) < goalMs,
    };
    const line = (label: string, ms: number) => `  ${label.padEnd(44)} ${ms.toFixed(0).padStart(5)} ms = ${(ms / figures.chromiumAloneMs).toFixed(2)}x Chromium alone`;
    console.log(`start bench (cold start to the attract screen painted, headless; medians of ${runs})`);
    console.log(`  ${'baseline: Chromium alone, a static page'.padEnd(44)} ${figures.chromiumAloneMs.toFixed(0).padStart(5)} ms`);
    console.log(line('browser shell, Chromium after the server:', figures.shellBeforeMs));
    console.log(line('browser shell, Chromium at once, no cache:', figures.shellUncachedMs));
    console.log(line('browser shell, Chromium at once (shipped):', figures.shellNowMs));
    console.log(`  goal: under ${goalMs} ms: ${figures.met ? 'met' : 'MISSED'} (${(figures.shellBeforeMs - figures.shellNowMs).toFixed(0)} ms saved by starting Chromium at once)`);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/start.json', `${JSON.stringify(figures, null, 2)}\n`);
    return figures.met;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.main && !(await runStartBench())) process.exitCode = 1;
