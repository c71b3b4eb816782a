// Both shells open the store network when the store config asks for it: the browser shell prints
// where the console answers, Electron logs it, and each names it in the operator's access file; a
// listener that cannot start is one line, and the kiosk runs on.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { readOperatorAccess, writeOperatorAccess } from '../../../electron/host/api/operator-access.ts';
import { makeTrialCertificate } from '../../../electron/host/network/certificate.ts';
import { setupStoreNetwork } from '../../../electron/main/store-network.ts';
import { storeConfigFixture } from '../../fixtures/store-config.ts';
import { scratchStore, tempHost } from '../../fixtures/temp-host.ts';
import { send } from './network-client.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A store asking for the listener on 127.0.0.1 (a trial certificate beside it, unless `network` says otherwise), with a built renderer. */
async function networkStore(network: Record<string, unknown> = {}) {
  const { cert, key } = await makeTrialCertificate({ hosts: [] });
  const store = scratchStore(storeConfigFixture({ network: { address: '127.0.0.1', port: 0, certificate: 'atiende.crt', key: 'atiende.key', ...network } }));
  writeFileSync(join(store.dir, 'atiende.crt'), cert);
  writeFileSync(join(store.dir, 'atiende.key'), key, { mode: 0o600 });
  const rendererDir = join(store.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>board</title>');
  writeFileSync(join(rendererDir, 'console.html'), '<!doctype html><title>console</title>');
  return { store, rendererDir, certificate: cert };
}

/** Runs the browser shell until it has printed its addresses, lets `whileRunning` look, then stops it; what it printed. */
function runBrowserShell(args: string[], whileRunning: () => Promise<void>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['electron/browser/main.ts', ...args], {
      cwd: projectRoot,
      env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let looked = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`not ready within 30 s:\n${output}`));
    }, 30_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (looked || !/open the address above/.test(output)) return;
      looked = true;
      whileRunning()
        .catch((fault: unknown) => reject(fault as Error))
        .finally(() => child.kill('SIGTERM'));
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(output);
    });
  });
}

describe('the browser shell with a store network', () => {
  it('prints where the console answers and names it in the access file', async () => {
    const { store, rendererDir, certificate } = await networkStore();
    let consoleStatus = 0;
    let origin = '';
    const output = await runBrowserShell(['--config', store.configFile, '--data-dir', store.dataDir, '--renderer-dir', rendererDir], async () => {
      const access = readOperatorAccess(store.dataDir);
      origin = access.ok ? (access.access.network ?? '') : '';
      consoleStatus = (await send({ origin, certificate }, '/console', { method: 'GET' })).status;
    });
    expect(origin).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(consoleStatus).toBe(200);
    expect(output).toContain(`staff console: ${origin}/console`);
    expect(output).not.toContain('is off');
  });

  it('says in one line why the store network is off, and serves the kiosk all the same', async () => {
    const { store, rendererDir } = await networkStore({ address: '0.0.0.0', certificate: undefined, key: undefined });
    const output = await runBrowserShell(['--config', store.configFile, '--data-dir', store.dataDir, '--renderer-dir', rendererDir], async () => {
      const access = readOperatorAccess(store.dataDir);
      expect(access.ok && access.access.network).toBe(undefined);
    });
    const offLines = output.split('\n').filter((line) => line.includes('store network'));
    expect(offLines).toEqual([expect.stringMatching(/^The store network \(console, remote boards\) is off: 0\.0\.0\.0 is not a loopback address.*The kiosk runs on\.$/)]);
    expect(output).toMatch(/Atiende kiosk: http:\/\/127\.0\.0\.1:\d+\/#code=/);
  });
});

describe('Electron’s store network', () => {
  it('opens from the host’s network section, logs where, adds it to the access file, and closes', async () => {
    const { store, rendererDir, certificate } = await networkStore();
    const { host } = tempHost({ store });
    writeOperatorAccess(store.dataDir, { port: 4000, token: 'operator-token-of-sixteen' });
    const log = { log: vi.fn(), error: vi.fn() };
    const stop = await setupStoreNetwork({ host, rendererDir, dataDir: store.dataDir, log });
    const access = readOperatorAccess(store.dataDir);
    const origin = access.ok ? (access.access.network ?? '') : '';
    expect(access).toMatchObject({ ok: true, access: { port: 4000, token: 'operator-token-of-sixteen', network: expect.stringMatching(/^https:\/\/127\.0\.0\.1:\d+$/) } });
    expect(log.log).toHaveBeenCalledWith(`[network] the staff console answers at ${origin}/console`);
    expect((await send({ origin, certificate }, '/console', { method: 'GET' })).status).toBe(200);
    await stop();
    await expect(send({ origin, certificate }, '/console', { method: 'GET' })).rejects.toThrow();
    expect(log.error).not.toHaveBeenCalled();
  });

  it('logs one line and carries on when the listener cannot start', async () => {
    const { store, rendererDir } = await networkStore({ certificate: 'missing.crt' });
    const { host } = tempHost({ store });
    const log = { log: vi.fn(), error: vi.fn() };
    const stop = await setupStoreNetwork({ host, rendererDir, dataDir: store.dataDir, log });
    expect(log.error).toHaveBeenCalledExactlyOnceWith(expect.stringMatching(/^\[network\] The store network .* is off: .*missing\.crt/));
    await stop();
  });
});
