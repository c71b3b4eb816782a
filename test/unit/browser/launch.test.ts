import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readOperatorAccess } from '../../../electron/host/api/operator-access.ts';
import { scratchStore } from '../../fixtures/temp-host.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** Runs a kiosk entry point until it prints its address, then stops it; returns what it printed. */
function runUntilAddress(entry: string, args: string[], env: NodeJS.ProcessEnv, whileRunning: () => void = () => undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no address within 30 s:\n${output}`));
    }, 30_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (/open the address above/.test(output) && !child.killed) {
        whileRunning();
        child.kill('SIGTERM');
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(output);
    });
  });
}

describe('npm start', () => {
  it('says in one line that Electron is missing, then serves the kiosk and prints its address', async () => {
    const store = scratchStore();
    const rendererDir = join(store.dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>kiosk</title>');
    const env = { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '', ELECTRON_OVERRIDE_DIST_PATH: join(store.dir, 'no-electron') };
    const dataDir = store.dataDir;
    let operatorSecret = '';
    const output = await runUntilAddress(
      'electron/launch.ts',
      ['--config', store.configFile, '--data-dir', dataDir, '--renderer-dir', rendererDir],
      env,
      () => {
        const access = readOperatorAccess(dataDir);
        if (access.ok) operatorSecret = access.access.token;
      },
    );
    const lines = output.trim().split('\n');
    expect(lines[0]).toMatch(/^Electron is not available on this machine .*browser shell instead\.$/);
    // The address carries a one-time code; no secret reaches the output, and the operator's stays in its file.
    expect(output).toMatch(/Atiende kiosk: http:\/\/127\.0\.0\.1:\d+\/#code=[\w-]{24}/);
    expect(operatorSecret).not.toBe('');
    expect(output).not.toContain(operatorSecret);
    expect(output).not.toContain('token');
    expect(output).toContain('No display found: open the address above');
  });
});
