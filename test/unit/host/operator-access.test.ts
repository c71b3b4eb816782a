import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { hostNamesFile, hostNamesSource } from '../../../electron/host/api/host-names.ts';
import { runKioskCli } from '../../../electron/host/api/kiosk-cli.ts';
import { operatorAccessFile, readOperatorAccess, writeOperatorAccess } from '../../../electron/host/api/operator-access.ts';
import { startBrowserShell } from '../../../electron/browser/server.ts';
import { createHost, type Host } from '../../../electron/host/create-host.ts';
import { setupOperatorAccess } from '../../../electron/main/operator-access.ts';
import { tempStore, type TempStore } from '../../fixtures/store-config.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A host with the operator's way in open, as the Electron shell opens it. */
async function runningKiosk(): Promise<{ store: TempStore; host: Host; stop: () => Promise<void> }> {
  const store = tempStore();
  const host = createHost({ configFile: store.configFile, dataDir: store.dataDir, shell: 'test' });
  const stop = await setupOperatorAccess({ host, dataDir: store.dataDir });
  cleanups.push(() => store.remove(), () => host.close(), stop);
  return { store, host, stop };
}

function kioskCommand(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['electron/host/api/kiosk-cli.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe("the operator's way in", () => {
  it('is a file only its owner can read, naming the loopback port and a secret, gone when the kiosk stops', async () => {
    const { store, stop } = await runningKiosk();
    const file = operatorAccessFile(store.dataDir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const reading = readOperatorAccess(store.dataDir);
    expect(reading).toMatchObject({ ok: true, access: { port: expect.any(Number), token: expect.any(String) } });
    await stop();
    expect(readOperatorAccess(store.dataDir)).toMatchObject({ ok: false, problem: 'missing' });
  });

  it('lets npm run kiosk call a staff method as the operator, and prints the result', async () => {
    const { store } = await runningKiosk();
    await kioskCommand('queue.takeTicket', '{"service":"customer-service"}', '--data-dir', store.dataDir);
    const called = await kioskCommand('queue.callNext', '{"counter":"desk-1"}', '--data-dir', store.dataDir);
    expect(called.stderr).toBe('');
    expect(called.code).toBe(0);
    expect(JSON.parse(called.stdout)).toMatchObject({ ticket: { number: 'A001', counter: 'desk-1' } });
  });

  it('prints a typed error with its code and exits 1', async () => {
    const { store } = await runningKiosk();
    const outcome = await runKioskCli(['queue.callNext', '{"counter":"desk-1"}', '--data-dir', store.dataDir]);
    expect(outcome).toEqual({ code: 1, err: 'queue.callNext: queue.nothingWaiting' });
  });

  it('says clearly when there is no kiosk, when its secret is wrong, and when the input is not JSON', async () => {
    const { store } = await runningKiosk();
    const nowhere = tempStore();
    cleanups.push(() => nowhere.remove());
    const missing = await runKioskCli(['kiosk.state', '--data-dir', nowhere.dataDir]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('No running kiosk found');

    const access = readOperatorAccess(store.dataDir);
    if (!access.ok) throw new Error('no access file');
    mkdirSync(nowhere.dataDir, { recursive: true });
    writeFileSync(operatorAccessFile(nowhere.dataDir), JSON.stringify({ port: access.access.port, token: 'x'.repeat(32) }));
    const wrong = await runKioskCli(['kiosk.state', '--data-dir', nowhere.dataDir]);
    expect(wrong).toEqual({ code: 2, err: expect.stringContaining('refused the operator token') });

    const notJson = await runKioskCli(['queue.callNext', '{counter:desk-1}', '--data-dir', store.dataDir]);
    expect(notJson).toEqual({ code: 2, err: expect.stringContaining('The input is not JSON') });
  });
});

describe('a fresh page address from the command line', () => {
  it('comes from the browser shell with a one-time code, and under Electron the answer is that there are no pages', async () => {
    const { store, host } = await runningKiosk();
    const electron = await runKioskCli(['--page', 'board', '--data-dir', store.dataDir]);
    expect(electron).toEqual({ code: 2, err: expect.stringContaining('shows no pages') });

    const shell = await startBrowserShell({ host, rendererDir: store.dir });
    cleanups.push(() => shell.close());
    writeOperatorAccess(store.dataDir, { port: shell.port, token: shell.operatorToken });
    const board = await runKioskCli(['--page', 'board', '--data-dir', store.dataDir]);
    expect(board).toEqual({ code: 0, out: expect.stringMatching(new RegExp(`^${shell.origin}/\\?view=board#code=[\\w-]{24}$`)) });
  });
});

describe("the preload's allow-list", () => {
  it('is the contract’s names, generated: the file in the tree is what the build writes', () => {
    expect(readFileSync(hostNamesFile, 'utf8')).toBe(hostNamesSource());
  });
});
