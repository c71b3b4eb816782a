// The browser shell as systemd runs it: `node electron/browser/main.ts` with its own headless
// Chromium, its notifications going to a real datagram socket. It must tell systemd when the kiosk
// page is up, ping the watchdog, start its Chromium again when it is killed (logged in the SQLite
// usage log), and on SIGTERM end Chromium for good and leave no profile behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { managedPolicyFolders, policyFileName, policyProblem, shippedPolicyFile } from '../../../electron/browser/chromium-policy.ts';
import { tempStore } from '../../fixtures/store-config.ts';
import { notifyListener } from './notify-listener.ts';
import { copyBuiltRenderer } from './supervised-kiosk.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const asRoot = process.getuid?.() === 0;
let renderer: { dir: string; remove(): void };
beforeAll(() => {
  renderer = copyBuiltRenderer();
});
afterAll(() => renderer.remove());

interface ShellProcess {
  child: ChildProcess;
  output(): string;
  dataDir: string;
  /** Waits for a line of the shell's output; answers the output up to then. */
  said(pattern: RegExp, timeoutMs?: number): Promise<string>;
  exited: Promise<number | null>;
}

/** The shell in a child process, headless, on a temp copy of the test store; `prefix` runs it inside another command. */
function startShell({ env = {}, prefix = [] }: { env?: NodeJS.ProcessEnv; prefix?: string[] } = {}): ShellProcess {
  const store = tempStore();
  const command = [...prefix, process.execPath, 'electron/browser/main.ts', '--headless', '--port', '0', '--config', store.configFile, '--data-dir', store.dataDir, '--renderer-dir', renderer.dir];
  const child = spawn(command[0] ?? '', command.slice(1), { cwd: projectRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  onTestFinished(async () => {
    // Stopped as systemd stops it, so it ends its Chromium and removes the profile.
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const stubborn = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(stubborn);
    }
    store.remove();
  });
  return {
    child,
    output: () => output,
    dataDir: store.dataDir,
    async said(pattern, timeoutMs = 30_000) {
      await expect.poll(() => pattern.test(output), { timeout: timeoutMs, interval: 50, message: `waiting for ${pattern}; the shell said:\n${output}` }).toBe(true);
      return output;
    },
    exited,
  };
}

/** The shell's Chromium browser processes (not their helpers), found by the profile the shell named after itself. */
function chromiumOf(shellPid: number | undefined): number[] {
  const profile = `--user-data-dir=${join(tmpdir(), `atiende-chromium-${shellPid}-`)}`;
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (argv.some((arg) => arg.startsWith(profile)) && !argv.some((arg) => arg.startsWith('--type='))) found.push(Number(entry));
    } catch {
      // Ended meanwhile.
    }
  }
  return found;
}

const profilesOf = (shellPid: number | undefined) => readdirSync(tmpdir()).filter((name) => name.startsWith(`atiende-chromium-${shellPid}-`));

function recoveriesIn(dataDir: string): unknown[] {
  const db = new DatabaseSync(join(dataDir, 'atiende.sqlite'), { readOnly: true });
  try {
    return db
      .prepare(`SELECT payload FROM usage_events WHERE type = 'kiosk.rendererRecovered' ORDER BY seq`)
      .all()
      .map((row) => JSON.parse(String(row.payload)));
  } finally {
    db.close();
  }
}

describe('the browser shell under systemd', () => {
  it('tells systemd the kiosk is up, starts a killed Chromium again, and ends it for good on SIGTERM', { timeout: 90_000 }, async () => {
    const systemd = await notifyListener();
    // WatchdogSec=2: a ping each second.
    const shell = startShell({ env: { NOTIFY_SOCKET: systemd.socket, WATCHDOG_USEC: '2000000' } });
    await shell.said(/\[browser\] the kiosk page shows attract \(\d+ ms after the shell started, \d+ ms after Chromium.s launch\)/);
    const problem = policyProblem();
    if (problem) expect(shell.output()).toContain(problem);
    else expect(shell.output()).not.toContain('kiosk policy');
    await expect.poll(() => systemd.messages().find((fields) => fields.includes('READY=1'))).toEqual(['READY=1', 'STATUS=kiosk page up: attract']);
    await expect.poll(() => systemd.messages().filter((fields) => fields.join() === 'WATCHDOG=1').length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);

    const [first] = chromiumOf(shell.child.pid);
    expect(first).toBeDefined();
    process.kill(first ?? 0, 'SIGKILL');
    await shell.said(/the kiosk page shows attract \(after recovering: crashed\)/);
    expect(recoveriesIn(shell.dataDir)).toEqual([{ type: 'kiosk.rendererRecovered', cause: 'crashed' }]);
    const [second] = chromiumOf(shell.child.pid);
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(profilesOf(shell.child.pid)).toHaveLength(1);

    shell.child.kill('SIGTERM');
    expect(await shell.exited).toBe(0);
    expect(chromiumOf(shell.child.pid)).toEqual([]);
    expect(profilesOf(shell.child.pid)).toEqual([]);
    expect(shell.output().match(/started again/g)).toHaveLength(1);
    expect(systemd.messages().at(-1)).toEqual(['STOPPING=1']);
  });

  it('removes the profile a killed shell left behind when the next one starts', { timeout: 60_000 }, async () => {
    const first = startShell();
    await first.said(/the kiosk page shows attract/);
    const [left] = profilesOf(first.child.pid);
    first.child.kill('SIGKILL');
    await first.exited;
    // Chromium ends with the pipe its shell held; its profile stays, its shell gone.
    await expect.poll(() => chromiumOf(first.child.pid), { timeout: 10_000 }).toEqual([]);
    expect(profilesOf(first.child.pid)).toEqual([left]);
    const next = startShell();
    await next.said(/the kiosk page shows attract/);
    expect(profilesOf(first.child.pid)).toEqual([]);
  });

  it.skipIf(!asRoot)('says nothing of the policy once it is installed, and still watches the page under it', { timeout: 60_000 }, async () => {
    // The policy installed in a mount namespace of the shell's own: nothing on this machine changes.
    const etc = mkdtempSync(join(tmpdir(), 'atiende-etc-chromium-'));
    onTestFinished(() => rmSync(etc, { recursive: true, force: true }));
    cpSync('/etc/chromium', etc, { recursive: true });
    const managed = join(etc, (managedPolicyFolders[0] ?? '').replace('/etc/chromium/', ''));
    mkdirSync(managed, { recursive: true });
    cpSync(shippedPolicyFile, join(managed, policyFileName));
    const shell = startShell({ prefix: ['unshare', '--mount', 'sh', '-c', 'mount --bind "$0" /etc/chromium && exec "$@"', etc] });
    await shell.said(/the kiosk page shows attract \(\d+ ms after the shell started, \d+ ms after Chromium.s launch\)/);
    expect(shell.output()).not.toContain('kiosk policy');
  });
});
